-- How many of the given sessions are still running
select count(*)
from pg_stat_activity
where pid = any (?)
