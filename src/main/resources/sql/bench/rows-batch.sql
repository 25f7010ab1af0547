-- The batch whose rows bench/rows-of-batch.sql selects, for this session
select set_config('crosswalk.bench_batch', ?::text, false)
