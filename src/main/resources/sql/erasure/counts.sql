-- What the erasure will remove and keep, counted before it starts (the report's figures).
with f as (select ?::bigint[] as ids)
select (select count(*) from contact_emails, f where contact_id = any(f.ids))     as emails,
       (select count(*) from contact_identities, f where contact_id = any(f.ids)) as identities,
       (select count(*) from contact_tags, f where contact_id = any(f.ids))       as tags,
       (select count(*) from contact_products, f where contact_id = any(f.ids))   as products,
       (select count(*) from transactions, f where contact_id = any(f.ids))       as transactions_kept,
       (select count(*) from subscriptions, f where contact_id = any(f.ids))      as subscriptions_kept
