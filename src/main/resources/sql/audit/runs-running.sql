select id, instance from audit_runs where status = 'running'
