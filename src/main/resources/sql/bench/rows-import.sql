-- ... and into its empty twin (bench/rows-table.sql).
COPY bench_rows_{table} FROM STDIN (FORMAT csv)
