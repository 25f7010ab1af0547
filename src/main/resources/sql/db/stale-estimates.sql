-- Tables this transaction has grown by at least ? rows past the statistics the planner has of them: none yet,
-- "no rows" (taken while the table was empty, or by a VACUUM that ran while this transaction's rows were still
-- uncommitted — every plan then takes the table for empty and picks full index scans inside nested loops), or
-- taken when the table had less than half the pages it has now (the planner then misjudges its values: a chunk's
-- look-up of its PayPal transactions became a scan of every transaction). Once analyzed inside the transaction a
-- table comes up again only when it has doubled, so a file of n rows costs about log2(n / 10,000) ANALYZEs per
-- table. Temporary staging tables are emptied every chunk and left out.
select x.relid::regclass::text
from pg_stat_xact_user_tables x
join pg_class c on c.oid = x.relid
where c.relpersistence <> 't'
  and x.n_tup_ins - x.n_tup_del >= ?
  and (c.reltuples <= 0 or c.relpages = 0
       or pg_relation_size(x.relid) / current_setting('block_size')::numeric >= 2 * c.relpages)
