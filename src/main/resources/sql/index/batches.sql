-- Every recorded batch for outbox/index.html, newest first (refused files and previews have only a report).
select id, kind, source, file_name, status, rows_read, rows_new, rows_updated, rows_unchanged, rows_conflict,
       rows_rejected, rows_skipped, started_at
from import_batches
order by id desc
