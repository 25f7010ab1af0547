-- A batch record naming an erased person: its report and details with their values replaced.
update import_batches set report_json = ?, details = ?::jsonb where id = ?
