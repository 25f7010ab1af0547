-- Fresh planner statistics for one table whose estimates lag behind (db/stale-estimates.sql names it), from a
-- sample of 3,000 rows (statistics target 10) instead of the server's 30,000: inside an import they only have to
-- keep the planner from taking a grown table for empty or small, which the coarse sample does, at a fifth of the
-- cost (a 1,000,000-row file analyzes each table it grows about seven times). The target goes back to the
-- server's for the rest of the transaction; autovacuum's analyze after the commit takes the full sample.
set local default_statistics_target = 10;
analyze {table};
set local default_statistics_target to default
