-- The links an import writes row by row (a contact's emails, identities, tags, products, provenance and consent
-- observations, and a transaction's contact, product, event and subscription) point at their row without a foreign
-- key. Each is written in its batch's transaction, under the one-batch-at-a-time lock (sql/batch/lock.sql), after
-- the row it points at was found or inserted in the same transaction, and no code deletes a contact, tag, product,
-- event or subscription outside a batch. So the key's check of every inserted row, half of what writing a new
-- contact cost, proved nothing. What the keys did on delete is kept, by the triggers below, and what they checked
-- on insert is checked by the audit (audit_link_orphans), which would find a link made outside Crosswalk.
--
-- The references are data: undo reads them beside the foreign keys (sql/rollback/references.sql) to find what must
-- go, or let go, before a row it deletes; the triggers and the audit read them too. A reference that cascades
-- deletes its rows with the row they point at; one that does not refuses the delete while a row points at it, as
-- the dropped key did.
create table unenforced_references (
    child_table  text    not null,
    child_column text    not null,
    parent_table text    not null,   -- referenced by its id
    cascades     boolean not null,
    primary key (child_table, child_column)
);

insert into unenforced_references values
    ('contact_emails', 'contact_id', 'contacts', true),
    ('contact_identities', 'contact_id', 'contacts', true),
    ('contact_tags', 'contact_id', 'contacts', true),
    ('contact_tags', 'tag_id', 'tags', false),
    ('contact_products', 'contact_id', 'contacts', true),
    ('contact_products', 'product_id', 'products', false),
    ('contact_provenance', 'id', 'contacts', true),
    ('consent_events', 'contact_id', 'contacts', true),
    ('transactions', 'contact_id', 'contacts', false),
    ('transactions', 'product_id', 'products', false),
    ('transactions', 'event_id', 'events', false),
    ('transactions', 'subscription_id', 'subscriptions', false);

do $$
declare
    fk record;
begin
    for fk in select c.conrelid::regclass as tab, c.conname
              from pg_constraint c
              join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
              join unenforced_references r on r.child_table = c.conrelid::regclass::text
                                          and r.child_column = a.attname
                                          and r.parent_table = c.confrelid::regclass::text
              where c.contype = 'f' and cardinality(c.conkey) = 1
    loop
        execute format('alter table %s drop constraint %I', fk.tab, fk.conname);
    end loop;
end
$$;

-- After a statement deleted rows of a referenced table (transition table "gone"): the rows that cascade go with
-- them, and a row that still points at one of them fails the statement, as the foreign key would have.
create function unenforced_references_on_delete() returns trigger language plpgsql as $$
declare
    r record;
    example bigint;
begin
    for r in select * from unenforced_references where parent_table = tg_table_name order by 1, 2 loop
        if r.cascades then
            execute format('delete from %I c using gone g where c.%I = g.id', r.child_table, r.child_column);
        else
            execute format('select c.%2$I from %1$I c join gone g on c.%2$I = g.id limit 1', r.child_table,
                           r.child_column) into example;
            if example is not null then
                raise foreign_key_violation using
                    message = format('update or delete on table "%s" violates the reference from table "%s"',
                                     tg_table_name, r.child_table),
                    detail = format('Key (id)=(%s) is still referenced from table "%s" (%s).', example,
                                    r.child_table, r.child_column);
            end if;
        end if;
    end loop;
    return null;
end
$$;

do $$
declare
    parent text;
begin
    for parent in select distinct parent_table from unenforced_references loop
        execute format('create trigger %I after delete on %I referencing old table as gone for each statement '
                       'execute function unenforced_references_on_delete()', parent || '_unenforced_references',
                       parent);
    end loop;
end
$$;
