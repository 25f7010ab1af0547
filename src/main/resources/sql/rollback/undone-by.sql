-- the batches a rollback batch undid (details.undid is a JSON array of batch ids)
select jsonb_array_elements_text(details -> 'undid')::bigint from import_batches where id = ? and kind = 'rollback'
