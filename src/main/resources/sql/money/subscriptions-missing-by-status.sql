-- The subscriptions of a source a full export did not list, by their stored status, with the total in the database.
-- Parameter: source.
select coalesce(s.status, '(none)') as status, count(*) filter (where x.external_id is null) as missing,
       count(*) as in_database
from subscriptions s
left join subscriptions_seen x on x.external_id = s.external_id
where s.source = ?
group by 1
order by 1
