-- Every row of one legacy table, each column as text (the same text psql's \copy ... csv writes, so a live database
-- and a dump read alike). {columns} are the expressions of legacy-columns.sql; {table} is checked against it.
select {columns} from {table}
