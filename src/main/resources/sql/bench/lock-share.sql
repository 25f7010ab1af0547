-- Locks one contact in every ? (e.g. 20 = 5%), spread over the table, as hand-corrected contacts are: a person's
-- FULL_LOCK, so their current values are the person's (as `locks set` makes them) and a newer export contradicting
-- one asks about it. Returns how many contacts were locked.
with locked as (
    update contacts set lock_level = 'FULL_LOCK', lock_reason = 'person: benchmark (hand-corrected)'
    where id % ? = 0
    returning id
),
held as (
    update contact_provenance t
    set fields = (select jsonb_object_agg(e.key, e.value || '{"person": true, "decided_by": "person: benchmark (hand-corrected)"}')
                  from jsonb_each(provenance_fields(t.fields)) e)
    from locked where t.id = locked.id
    returning 1
)
select count(*) from locked
