-- The person's emails, source ids, tags and products (counted), and where their erased values came from.
with f as (select ?::bigint[] as ids),
e as (delete from contact_emails x using f where x.contact_id = any(f.ids) returning 1),
i as (delete from contact_identities x using f where x.contact_id = any(f.ids) returning 1),
t as (delete from contact_tags x using f where x.contact_id = any(f.ids) returning 1),
p as (delete from contact_products x using f where x.contact_id = any(f.ids) returning 1),
s as (delete from contact_provenance x using f where x.id = any(f.ids))
select (select count(*) from e) + (select count(*) from i) + (select count(*) from t) + (select count(*) from p)
