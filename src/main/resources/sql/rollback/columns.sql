select column_name from information_schema.columns
where table_schema = current_schema() and table_name = ?
order by ordinal_position
