-- Every row of one legacy table, each column as text (the same text psql's \copy ... csv writes, so a live database
-- and a dump read alike). {columns} and {table} are names checked against information_schema.
select {columns} from {table}
