select version(), current_setting('shared_buffers'), current_setting('fsync'), current_setting('synchronous_commit'),
       current_setting('max_wal_size')
