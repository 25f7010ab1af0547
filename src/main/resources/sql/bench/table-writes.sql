-- Rows inserted, updated and deleted in each table, as the server's statistics count them (a session's counts
-- arrive here when it has been idle a while, or as it ends)
select relname, n_tup_ins, n_tup_upd, n_tup_del
from pg_stat_user_tables
order by relname
