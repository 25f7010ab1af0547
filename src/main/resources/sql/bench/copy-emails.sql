-- The COPY baseline: one email row per contact.
COPY bench_copy_emails (id, contact_id, email, display, kind, source) FROM STDIN (FORMAT csv)
