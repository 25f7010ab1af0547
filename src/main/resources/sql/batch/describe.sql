-- What a batch worked on, once its work has found it (an erasure names its contact after finding them).
update import_batches set file_name = ? where id = ?
