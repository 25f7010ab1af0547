select id, kind, coalesce(source, '') as source, status, rows_read, rows_new, rows_updated, rows_unchanged,
       rows_conflict, rows_rejected, rows_skipped, to_char(started_at, 'YYYY-MM-DD HH24:MI:SS') as started,
       coalesce(file_name, '') as file_name
from import_batches
order by id desc
