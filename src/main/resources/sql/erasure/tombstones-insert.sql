insert into erasure_tombstones (hmac, kind, batch_id)
select t.h, t.k, b.id
from unnest(?::text[], ?::text[]) as t (h, k), (select ?::bigint as id) as b
on conflict (hmac) do nothing
