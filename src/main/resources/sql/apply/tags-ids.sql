select id, name from tags where name = any(?)
