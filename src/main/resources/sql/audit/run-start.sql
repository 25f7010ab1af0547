insert into audit_runs (trigger, instance) values ('cli', ?) returning id
