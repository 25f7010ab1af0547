-- The open DUPLICATE items, best score first, naming both people: name, primary email and the sources that know
-- each, and why they are suspected (the item's incoming value).
with k as (
    select k.*, case when k.incoming_value ~ '^\d+:' then split_part(k.incoming_value, ':', 1)::int end as score,
           split_part(substr(k.current_value, 10), ', ', 1)::bigint as keep_id,
           split_part(substr(k.current_value, 10), ', ', 2)::bigint as duplicate_id
    from import_conflicts k
    where k.reason = 'DUPLICATE' and k.status = 'open'
)
select k.id, k.batch_id, k.line, k.contact_id, k.field, k.current_value, k.incoming_value, k.reason, k.score,
       nullif(concat_ws(' ', a.first_name, a.last_name), '') as keep_name, a.email as keep_email,
       (select string_agg(distinct s, ', ') from (
            select a.source_system as s union all select source from contact_emails where contact_id = a.id
            union all select source from contact_identities where contact_id = a.id) x) as keep_sources,
       nullif(concat_ws(' ', b.first_name, b.last_name), '') as duplicate_name, b.email as duplicate_email,
       (select string_agg(distinct s, ', ') from (
            select b.source_system as s union all select source from contact_emails where contact_id = b.id
            union all select source from contact_identities where contact_id = b.id) x) as duplicate_sources,
       case when k.incoming_value ~ '^\d+:' then substr(k.incoming_value, strpos(k.incoming_value, ':') + 2)
            else k.incoming_value end as why
from k
left join contacts a on a.id = k.keep_id
left join contacts b on b.id = k.duplicate_id
order by k.score desc nulls last, k.id
