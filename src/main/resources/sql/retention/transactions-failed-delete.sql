delete from transactions where id = any(?::bigint[])
