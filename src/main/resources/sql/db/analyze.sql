-- Fresh planner statistics for one table whose estimates lag behind (db/stale-estimates.sql names it).
analyze {table}
