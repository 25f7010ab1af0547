-- Targets for an import's own rows written by COPY: every table the import wrote, with the columns, constraints,
-- indexes and foreign keys of the real one. The foreign keys point at the real tables, which hold every row the
-- copied ones refer to (the contacts the database held before the import among them), so each key is checked as
-- the import's own are. The links without a foreign key (unenforced_references) are copied without one too.
create table bench_rows_contacts (like contacts including all);
create table bench_rows_contact_emails (like contact_emails including all);
create table bench_rows_contact_identities (like contact_identities including all);
create table bench_rows_contact_tags (like contact_tags including all);
create table bench_rows_contact_products (like contact_products including all);
create table bench_rows_contact_provenance (like contact_provenance including all);
create table bench_rows_consent_events (like consent_events including all);
create table bench_rows_import_audit_log (like import_audit_log including all);
create table bench_rows_import_conflicts (like import_conflicts including all,
    foreign key (batch_id) references import_batches (id),
    foreign key (contact_id) references contacts (id),
    foreign key (resolution_batch_id) references import_batches (id));
create table bench_rows_import_conflict_evidence (like import_conflict_evidence including all,
    foreign key (conflict_id) references import_conflicts (id) on delete cascade);
create table bench_rows_transactions (like transactions including all);
