select id from import_batches where kind = 'import' and status = 'applied' and source = ? and sha256 = ?
