-- A person is every contact joined to these by a merge that was not undone, however many merges away.
with recursive family (id) as (
    select unnest(?::bigint[])
    union
    select case when m.kept_contact_id = f.id then m.merged_contact_id else m.kept_contact_id end
    from contact_merges m
    join family f on f.id in (m.kept_contact_id, m.merged_contact_id)
    where m.undone_at is null
)
select id from family order by id
