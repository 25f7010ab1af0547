update import_batches set report_json = ?, details = ?::jsonb where id = ?
