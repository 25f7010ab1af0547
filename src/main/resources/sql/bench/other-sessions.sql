-- The other client sessions on this database: each reports its last table counts as it ends
select pid
from pg_stat_activity
where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()
