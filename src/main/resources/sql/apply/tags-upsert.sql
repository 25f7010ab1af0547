insert into tags (name)
select distinct n from unnest(?::text[]) as n
on conflict (name) do nothing
returning id, name
