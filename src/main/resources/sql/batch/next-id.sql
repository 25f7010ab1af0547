select nextval('import_batches_id_seq')
