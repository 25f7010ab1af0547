-- The columns a legacy table has in this installation (the scripts add most of them "if missing"), each with the
-- expression that reads it as the text psql's \copy ... csv writes (booleans as t/f, which a cast to text would
-- spell true/false). Generated columns (name_norm, mailing_list_ready) are derived and left out.
-- Parameter: table name.
select column_name,
       case when data_type = 'boolean' then format('case when %1$I then ''t'' when not %1$I then ''f'' end',
                                                   column_name)
            else format('%I::text', column_name) end as expression
from information_schema.columns
where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER'
order by ordinal_position
