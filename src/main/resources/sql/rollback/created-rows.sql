-- The rows of {table} a batch inserted that name it (created_batch_id); rows inserted before that column, or by an
-- adoption, have an audit row instead
select id from {table} where created_batch_id = ? order by id
