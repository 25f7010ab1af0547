select nextval(?::regclass) from generate_series(1, ?)
