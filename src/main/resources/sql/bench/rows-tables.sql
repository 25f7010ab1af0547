-- Targets for the all-new import's own rows written by COPY: every table the import wrote, with the columns,
-- constraints, indexes and foreign keys of the real one (foreign keys pointing at the copies).
create table bench_rows_import_batches (like import_batches including all);
create table bench_rows_tags (like tags including all);
create table bench_rows_products (like products including all);
create table bench_rows_contacts (like contacts including all);
create table bench_rows_contact_emails (like contact_emails including all,
    foreign key (contact_id) references bench_rows_contacts (id) on delete cascade);
create table bench_rows_contact_identities (like contact_identities including all,
    foreign key (contact_id) references bench_rows_contacts (id) on delete cascade);
create table bench_rows_contact_tags (like contact_tags including all,
    foreign key (contact_id) references bench_rows_contacts (id) on delete cascade,
    foreign key (tag_id) references bench_rows_tags (id));
create table bench_rows_contact_products (like contact_products including all,
    foreign key (contact_id) references bench_rows_contacts (id) on delete cascade,
    foreign key (product_id) references bench_rows_products (id));
create table bench_rows_consent_events (like consent_events including all,
    foreign key (contact_id) references bench_rows_contacts (id) on delete cascade);
create table bench_rows_import_audit_log (like import_audit_log including all);
create table bench_rows_contact_provenance (like contact_provenance including all,
    foreign key (id) references bench_rows_contacts (id) on delete cascade);
