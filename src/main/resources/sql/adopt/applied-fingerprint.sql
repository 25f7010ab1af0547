-- An applied adoption of the same legacy snapshot (same fingerprint).
select id from import_batches where kind = 'adopt' and status = 'applied' and sha256 = ? order by id limit 1
