select id from {table} where {column} = any(?)
