update import_batches
set status = ?, rows_read = ?, rows_new = ?, rows_updated = ?, rows_unchanged = ?, rows_conflict = ?,
    rows_rejected = ?, rows_skipped = ?, finished_at = now(), report_json = ?, report_html = ?, details = ?::jsonb
where id = ?
