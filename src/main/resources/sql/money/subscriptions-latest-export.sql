-- The latest full subscriptions export of a source applied so far (and not rolled back): its batch and the time
-- it was exported, as its report's reconciliation states them. No row before the first.
-- Parameter: source.
select id, (details -> 'reconciliation' ->> 'exported_at')::timestamptz as exported_at
from import_batches
where kind = 'import' and status = 'applied'
  and details -> 'reconciliation' ->> 'source' = ?
  and details -> 'reconciliation' ->> 'exported_at' is not null
order by 2 desc, 1 desc
limit 1
