-- bytes of write-ahead log inserted since a position (the insert position: with synchronous_commit off the
-- written position lags): the database's physical write volume
select pg_wal_lsn_diff(pg_current_wal_insert_lsn(), ?::pg_lsn)
