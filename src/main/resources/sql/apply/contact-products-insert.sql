insert into contact_products (contact_id, product_id, source)
select contact_id, label_id, ? from unnest(?::bigint[], ?::bigint[]) as x(contact_id, label_id)
on conflict do nothing
returning contact_id, product_id
