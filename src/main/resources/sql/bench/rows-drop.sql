drop table if exists bench_rows_transactions, bench_rows_import_conflict_evidence, bench_rows_import_conflicts,
    bench_rows_contact_provenance, bench_rows_import_audit_log, bench_rows_consent_events,
    bench_rows_contact_products, bench_rows_contact_tags, bench_rows_contact_identities, bench_rows_contact_emails,
    bench_rows_contacts
