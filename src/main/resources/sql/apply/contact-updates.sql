-- A chunk's changed contacts, one array per column in the same order (id, the data fields in ContactField's order,
-- then the consent columns): one statement, no staging table to fill and empty each chunk (emptying a temporary
-- table with TRUNCATE cost 5 ms a chunk, as much as the update itself).
update contacts c
set first_name = u.first_name, last_name = u.last_name, phone = u.phone,
    address_line1 = u.address_line1, address_line2 = u.address_line2, city = u.city, region = u.region,
    postal_code = u.postal_code, country = u.country, email_subscribed = u.email_subscribed,
    subscription_protected = u.subscription_protected,
    subscription_protected_reason = u.subscription_protected_reason,
    email_undeliverable = u.email_undeliverable, updated_at = now()
from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
            ?::text[], ?::boolean[], ?::boolean[], ?::text[], ?::boolean[])
    as u(id, first_name, last_name, phone, address_line1, address_line2, city, region, postal_code, country,
         email_subscribed, subscription_protected, subscription_protected_reason, email_undeliverable)
where c.id = u.id
