-- The people a page of decisions or duplicates names, as a reviewer compares them: names, every email with the
-- source that gave it, the lock, the sources that know them, where they live.
select c.id, nullif(concat_ws(' ', c.first_name, c.last_name), '') as name, c.email, c.phone,
       nullif(concat_ws(', ', c.city, c.postal_code, c.country), '') as place, c.lock_level, c.lock_reason,
       c.email_subscribed, c.deleted_at is not null as deleted,
       (select string_agg(e.display || ' (' || e.source || ')', ', ' order by e.id)
        from contact_emails e where e.contact_id = c.id) as emails,
       (select string_agg(distinct s, ', ')
        from (select c.source_system as s
              union select i.source from contact_identities i where i.contact_id = c.id) known) as sources,
       c.created_at::date::text as since
from contacts c
where c.id = any (?)
