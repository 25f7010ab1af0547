-- A contact an import creates has every value from one observation: the same source, time and batch in each entry.
-- Its provenance row may then hold that entry once, under the key "*", and 0 in place of each field's entry that is
-- the same (about a quarter of the bytes of a Kajabi person's row, written and logged once per created contact): the
-- row a new contact's import writes (apply/ProvenanceJson). A patch (entries by field) still merges with || : the
-- fields it names get their own entries, the others keep pointing at "*", which stays while it may be named. Readers
-- go through the view or the functions below.

-- The entries by field, each written out.
create function provenance_fields(fields jsonb) returns jsonb
language sql immutable as $$
    select case when fields ? '*'
                then (select coalesce(jsonb_object_agg(e.key, case when e.value = '0' then fields -> '*'
                                                                   else e.value end), '{}')
                      from jsonb_each(fields) e where e.key <> '*')
                else fields end
$$;

-- One field's entry (null: it has none).
create function provenance_field(fields jsonb, field text) returns jsonb
language sql immutable as $$
    select case when fields -> field = '0' then fields -> '*' else fields -> field end
$$;

-- The same columns as before (V180), each entry written out without aggregating the row again.
create or replace view contact_field_sources as
select p.id as contact_id, e.key as field, x.entry ->> 'source' as source,
       (x.entry ->> 'at')::timestamptz as evidence_at, (x.entry ->> 'batch')::bigint as batch_id,
       coalesce((x.entry ->> 'person')::boolean, false) as by_person, x.entry ->> 'decided_by' as decided_by,
       coalesce((x.entry ->> 'blanks_only')::boolean, false) as fills_blanks_only
from contact_provenance p
cross join lateral jsonb_each(p.fields) e
cross join lateral (select case when e.value = '0' then p.fields -> '*' else e.value end as entry) x
where e.key <> '*';

-- As in V180, with each "before" read through provenance_field.
create or replace function write_provenance(batch bigint, contact_ids bigint[], patches jsonb[]) returns bigint
language sql as $$
    with ch as (
        select u.id, u.patch from unnest(contact_ids, patches) as u(id, patch)
    ),
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
        cross join lateral (select jsonb_object_agg(e.key, coalesce(provenance_field(prev.fields, e.key),
                                                                    'null'::jsonb)) as before
                            from jsonb_each(ch.patch) e) b
        where b.before is distinct from ch.patch
        returning 1
    )
    select (select count(*) from changed) + (select count(*) from made)
$$;
