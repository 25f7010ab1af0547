-- Where each stored contact field value came from, one row per contact instead of one per contact and field: a new
-- contact writes one row, not seven or eight, and a later export that dates a contact's values anew updates one row
-- and audits it once (docs/data-model.md). contact_field_sources stays, as a view with the old table's columns.
create table contact_provenance (
    id     bigint primary key references contacts (id) on delete cascade,   -- the contact's id
    -- by contacts column (first_name, phone, city, ...): {"source", "at", "batch", and only when set: "person",
    -- "decided_by", "blanks_only"}; "at" in UTC, microseconds, the format of provenance_entry below
    fields jsonb  not null
);
-- no query selects by what the JSON holds: ANALYZE (run inside long imports) counts the rows and skips the costly
-- statistics of the values
alter table contact_provenance alter column fields set statistics 0;

-- One field's entry. Written in one textual form whatever the session's time zone, so that equal provenance is
-- equal JSON (the application writes the same form: apply/ProvenanceJson). Stable, as to_char is: the planner then
-- inlines it, where a call per entry cost an all-known import most of its time.
create function provenance_entry(source text, evidence_at timestamptz, batch_id bigint, by_person boolean,
                                 decided_by text, fills_blanks_only boolean) returns jsonb
language sql stable as $$
    select jsonb_strip_nulls(jsonb_build_object(
        'source', source,
        'at', to_char(evidence_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        'batch', batch_id,
        'person', case when by_person then true end,
        'decided_by', decided_by,
        'blanks_only', case when fills_blanks_only then true end))
$$;

-- A batch's change of some contacts' provenance (entries by field; a JSON null removes a field's entry), written
-- by the audit convention: the entries merged into the contact's row (made when it has none) and one audit row,
-- an 'update' of 'fields' holding the changed entries before (JSON null where there was none) and after.
-- rollback/restore-provenance.sql puts the earliest "before" of each entry back, leaving the others alone.
create function write_provenance(batch bigint, contact_ids bigint[], patches jsonb[]) returns bigint
language sql as $$
    -- every part of the statement reads contact_provenance as it was before it (the snapshot of the statement), so
    -- "before" is read from the table itself, through its primary key: the planner cannot misjudge a join with it
    -- as it did joins of the unnested arrays with each other (nested loops, a chunk's square)
    with ch as (
        select u.id, u.patch from unnest(contact_ids, patches) as u(id, patch)
    ),
    -- (batches run one at a time, and a person's decisions in their own transactions: no conflicting insert)
    changed as (
        update contact_provenance t set fields = jsonb_strip_nulls(t.fields || ch.patch)
        from ch where t.id = ch.id
        returning t.id
    ),
    made as (
        insert into contact_provenance (id, fields)
        select ch.id, jsonb_strip_nulls(ch.patch) from ch
        where not exists (select 1 from contact_provenance t where t.id = ch.id)
        returning id
    ),
    audited as (
        insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
        select batch, 'contact_provenance', ch.id, 'update', 'fields', b.before::text, ch.patch::text
        from ch
        left join contact_provenance prev on prev.id = ch.id
        cross join lateral (select jsonb_object_agg(e.key, coalesce(prev.fields -> e.key, 'null'::jsonb)) as before
                            from jsonb_each(ch.patch) e) b
        where b.before is distinct from ch.patch
        returning 1
    )
    select (select count(*) from changed) + (select count(*) from made)
$$;

insert into contact_provenance (id, fields)
select contact_id, jsonb_object_agg(field, provenance_entry(source, evidence_at, batch_id, by_person, decided_by,
                                                            fills_blanks_only))
from contact_field_sources
group by contact_id;

-- Audit rows written before this migration name the old table's rows by id; their ids say which contact and field,
-- so those batches can still be rolled back (rollback/restore-legacy-provenance.sql).
create table contact_field_source_ids (
    id         bigint primary key,
    contact_id bigint not null,
    field      text   not null
);
insert into contact_field_source_ids (id, contact_id, field)
select id, contact_id, field from contact_field_sources;

drop table contact_field_sources;

create view contact_field_sources as
select p.id as contact_id, e.key as field, e.value ->> 'source' as source,
       (e.value ->> 'at')::timestamptz as evidence_at, (e.value ->> 'batch')::bigint as batch_id,
       coalesce((e.value ->> 'person')::boolean, false) as by_person, e.value ->> 'decided_by' as decided_by,
       coalesce((e.value ->> 'blanks_only')::boolean, false) as fills_blanks_only
from contact_provenance p
cross join lateral jsonb_each(p.fields) e;
