-- The contact a contact lives on as: itself unless it was merged, else the contact it was merged into, followed
-- through every later merge that was not undone (a pair of likely duplicates may name a contact merged since).
-- Parameter: the contact.
with recursive chain (id, depth) as (
    select ?::bigint, 0
    union all
    select m.kept_contact_id, chain.depth + 1
    from chain
    join contact_merges m on m.merged_contact_id = chain.id and m.undone_at is null
    where chain.depth < 100
)
select id from chain order by depth desc limit 1
