-- Empties every data table between benchmark scenarios (ids restart; lock rules, the schema and Flyway stay). The
-- links without a foreign key (unenforced_references) are named: a cascading truncate follows foreign keys only.
truncate table contacts, contact_emails, contact_identities, contact_tags, contact_products, contact_provenance,
    tags, products, events, subscriptions, transactions, consent_events, import_batches, import_audit_log,
    import_conflicts, contact_merges, camel_messageprocessed
    restart identity cascade
