-- ... and into its empty twin (bench/rows-tables.sql).
COPY bench_rows_{table} FROM STDIN (FORMAT csv)
