-- The contacts a batch created (they name it; contacts created before V187 or by an adoption have an audit row)
select id from contacts where created_batch_id = ? order by id
