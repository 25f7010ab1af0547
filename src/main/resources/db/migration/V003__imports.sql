-- The import ledger: every applied batch, every field it changed, every conflict it raised,
-- every consent observation. Complete enough to explain and to undo a batch.

create table import_batches (
    id             bigserial primary key,
    kind           text        not null check (kind in ('import', 'preview', 'review', 'rollback', 'merge')),
    source         text,
    format         text,
    format_version text,
    file_name      text,
    sha256         text,
    status         text        not null,
    rows_read      integer     not null default 0,
    rows_new       integer     not null default 0,
    rows_updated   integer     not null default 0,
    rows_unchanged integer     not null default 0,
    rows_conflict  integer     not null default 0,
    rows_rejected  integer     not null default 0,
    rows_skipped   integer     not null default 0,
    started_at     timestamptz not null default now(),
    finished_at    timestamptz,
    report_json    text,
    report_html    text,
    details        jsonb
);
-- a file's content is applied at most once per source (the same bytes mean something else in another inbox,
-- e.g. a subscribed vs an unsubscribed segment)
create unique index import_batches_applied_sha256 on import_batches (source, sha256)
    where kind = 'import' and status = 'applied';

create table import_audit_log (
    id         bigserial primary key,
    batch_id   bigint      not null references import_batches (id),
    table_name text        not null,
    record_id  bigint      not null,
    action     text        not null check (action in ('insert', 'update', 'delete')),
    field      text,
    old_value  text,
    new_value  text,
    changed_at timestamptz not null default now()
);
create index import_audit_log_batch on import_audit_log (batch_id);
create index import_audit_log_record on import_audit_log (table_name, record_id);

create table import_conflicts (
    id             bigserial primary key,
    batch_id       bigint      not null references import_batches (id),
    contact_id     bigint references contacts (id),
    line           bigint,
    field          text        not null,
    current_value  text,
    incoming_value text,
    reason         text        not null,   -- LOCKED, AMBIGUOUS, PROTECTED_OPT_IN, ...
    status         text        not null default 'open'
        check (status in ('open', 'kept', 'taken', 'merged', 'dismissed')),
    resolved_by    text,
    resolved_at    timestamptz,
    resolution_batch_id bigint references import_batches (id),
    created_at     timestamptz not null default now()
);
create index import_conflicts_open on import_conflicts (status, batch_id);
create index import_conflicts_contact on import_conflicts (contact_id);

create table consent_events (
    id          bigserial primary key,
    contact_id  bigint      not null references contacts (id) on delete cascade,
    email       text,
    subscribed  boolean     not null,
    source      text        not null,
    batch_id    bigint references import_batches (id),
    observed_at timestamptz not null,
    applied     boolean     not null,
    reason      text        not null,
    recorded_at timestamptz not null default now()
);
create index consent_events_contact on consent_events (contact_id, observed_at);

-- Which field groups an import may change at each lock level (SPEC §4.5). Change rows, not code.
create table import_lock_rules (
    lock_level  text    not null check (lock_level in ('FULL_LOCK', 'PARTIAL_LOCK', 'UNLOCKED')),
    field_group text    not null check (field_group in ('subscription', 'name', 'address', 'source_system', 'enriched')),
    allowed     boolean not null,
    primary key (lock_level, field_group)
);
insert into import_lock_rules (lock_level, field_group, allowed) values
    ('FULL_LOCK',    'subscription',  false), ('FULL_LOCK',    'name', false), ('FULL_LOCK',    'address', false),
    ('FULL_LOCK',    'source_system', false), ('FULL_LOCK',    'enriched', false),
    ('PARTIAL_LOCK', 'subscription',  true),  ('PARTIAL_LOCK', 'name', false), ('PARTIAL_LOCK', 'address', false),
    ('PARTIAL_LOCK', 'source_system', false), ('PARTIAL_LOCK', 'enriched', false),
    ('UNLOCKED',     'subscription',  true),  ('UNLOCKED',     'name', true),  ('UNLOCKED',     'address', true),
    ('UNLOCKED',     'source_system', false), ('UNLOCKED',     'enriched', false);

-- Both records as they were before a merge, so the merge can be undone.
create table contact_merges (
    id                 bigserial primary key,
    kept_contact_id    bigint      not null references contacts (id),
    merged_contact_id  bigint      not null references contacts (id),
    batch_id           bigint references import_batches (id),
    kept_snapshot      jsonb       not null,
    merged_snapshot    jsonb       not null,
    merged_at          timestamptz not null default now(),
    undone_at          timestamptz
);

-- Camel's JDBC idempotent repository (the inboxes' shared read lock); created here, never by Camel.
create table camel_messageprocessed (
    processorname varchar(255) not null,
    messageid     varchar(1024) not null,
    createdat     timestamp     not null,
    primary key (processorname, messageid)
);
