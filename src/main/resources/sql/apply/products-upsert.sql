insert into products (source, name)
select ?, n from (select distinct unnest(?::text[]) as n) as names
on conflict (source, name) do nothing
returning id, name
