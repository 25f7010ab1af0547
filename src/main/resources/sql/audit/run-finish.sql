update audit_runs set status = ?, finished_at = now(), html_path = ?, json_path = ?, message = ? where id = ?
