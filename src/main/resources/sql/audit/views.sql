select table_name from information_schema.views
where table_schema = current_schema() and table_name like 'audit\_%'
order by table_name
