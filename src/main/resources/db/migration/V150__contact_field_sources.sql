-- Where each stored contact field came from: the source, the time its evidence dates from and the batch that
-- brought it, or the person who decided it (by_person). One row per contact and field; written with the audit
-- convention of docs/data-model.md, so rolling a batch back restores it.
create table contact_field_sources (
    id          bigserial primary key,
    contact_id  bigint  references contacts on delete cascade,
    field       text,
    source      text,
    evidence_at timestamptz,
    batch_id    bigint,
    by_person   boolean not null default false,
    decided_by  text,
    unique (contact_id, field)
);
