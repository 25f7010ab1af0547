select {column}::text from contacts where id = ?
