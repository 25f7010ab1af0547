-- The columns a legacy table has in this installation (the scripts add most of them "if missing"); generated
-- columns (name_norm, mailing_list_ready) are derived and left out. Parameter: table name.
select column_name
from information_schema.columns
where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER'
order by ordinal_position
