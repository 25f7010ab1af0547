insert into contact_tags (contact_id, tag_id, source)
select contact_id, label_id, ? from unnest(?::bigint[], ?::bigint[]) as x(contact_id, label_id)
on conflict do nothing
returning contact_id, tag_id
