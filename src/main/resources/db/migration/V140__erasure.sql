-- Erasure on request: a forgotten person's contact stays as an anonymous stub (so the money records linked to it
-- still add up) that says when, by whom and why it was erased.
alter table contacts add column erased_at      timestamptz;
alter table contacts add column erased_by      text;
alter table contacts add column erasure_reason text;

-- What keeps a forgotten person forgotten: a keyed hash (HMAC-SHA256 with the installation's key, which is kept in
-- a file outside the database) of every email and every source id erased, never the value itself. An import row
-- whose email or id hashes to one of these is skipped.
create table erasure_tombstones (
    hmac      text        primary key,
    kind      text        not null check (kind in ('email', 'identity')),
    batch_id  bigint      not null references import_batches (id),
    erased_at timestamptz not null default now()
);
