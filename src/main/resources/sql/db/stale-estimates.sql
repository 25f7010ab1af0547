-- Tables this transaction has grown to more than twice what the planner believes they hold. The planner's size
-- is the stored density (reltuples per page, as the last VACUUM or ANALYZE saw the table) times its current
-- pages. A VACUUM that ran while this transaction's rows were still uncommitted (say, one that cleaned up an
-- aborted earlier import) stores a density of 0: every later plan takes the table for empty and picks full index
-- scans inside nested loops, and one file takes hours. Tables without a stored density are estimated from their
-- row width and are not affected.
select x.relid::regclass::text
from pg_stat_xact_user_tables x
join pg_class c on c.oid = x.relid
where x.n_tup_ins - x.n_tup_del >= ?
  and c.relpages > 0 and c.reltuples >= 0
  and c.reltuples / c.relpages * (pg_relation_size(x.relid) / current_setting('block_size')::numeric)
      < (x.n_tup_ins - x.n_tup_del) / 2.0
