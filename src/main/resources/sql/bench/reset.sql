-- Empties every data table between benchmark scenarios (ids restart; lock rules, the schema and Flyway stay).
truncate table contacts, tags, products, events, subscriptions, transactions, consent_events, import_batches,
    import_audit_log, import_conflicts, contact_merges, camel_messageprocessed
    restart identity cascade
