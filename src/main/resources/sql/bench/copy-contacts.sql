-- The COPY baseline: contacts as the import would write them, streamed in (bench/copy-tables.sql).
COPY bench_copy_contacts (id, email, first_name, last_name, phone, address_line1, city, region, postal_code,
    country, source_system, created_at) FROM STDIN (FORMAT csv)
