-- Where each stored contact field value came from (docs/values.md): the source and the evidence time of the
-- observation that won, the batch that wrote it, and whether a person decided it. An import never replaces a value
-- a person decided; among sources the latest evidence wins. Written with the batch's audit trail like any table.
create table contact_field_sources (
    id          bigserial   primary key,
    contact_id  bigint      not null references contacts (id) on delete cascade,
    field       text        not null,   -- the contacts column: first_name, phone, city, ...
    source      text        not null,   -- the source (inbox) name whose observation is stored, or 'review'
    evidence_at timestamptz not null,   -- when the source's data was true: the row's own time, else the export's
    batch_id    bigint      references import_batches (id),
    by_person   boolean     not null default false,
    decided_by  text,
    -- a checkout's view of the person (a billing name or address): below every other source's observation
    fills_blanks_only boolean not null default false,
    constraint contact_field_sources_unique unique (contact_id, field)
);

-- Existing values: from the contact's source system, as of its last change. A person holds a value a review
-- decision last wrote, and the fields a person's or the adopted database's lock protects.
with fields(field, field_group) as (
    values ('first_name', 'name'), ('last_name', 'name'), ('phone', 'address'), ('address_line1', 'address'),
           ('address_line2', 'address'), ('city', 'address'), ('region', 'address'), ('postal_code', 'address'),
           ('country', 'address')
),
reviewed as (
    select distinct on (a.record_id, a.field) a.record_id as contact_id, a.field, b.kind = 'review' as by_review,
           a.batch_id
    from import_audit_log a
    join import_batches b on b.id = a.batch_id
    where a.table_name = 'contacts' and a.action = 'update' and b.status = 'applied'
      and a.field in (select field from fields)
    order by a.record_id, a.field, a.id desc
),
stored as (
    select c.id as contact_id, f.field, f.field_group, c.source_system, c.updated_at, c.lock_level, c.lock_reason,
           to_jsonb(c) ->> f.field as value
    from contacts c cross join fields f
    where c.deleted_at is null
)
insert into contact_field_sources (contact_id, field, source, evidence_at, batch_id, by_person, decided_by)
select s.contact_id, s.field, case when r.by_review then 'review' else s.source_system end, s.updated_at,
       r.batch_id, h.by_lock or coalesce(r.by_review, false),
       case when r.by_review then 'review batch ' || r.batch_id when h.by_lock then s.lock_reason end
from stored s
left join reviewed r on r.contact_id = s.contact_id and r.field = s.field
cross join lateral (
    select coalesce(s.lock_reason like 'person:%' or s.lock_reason like 'adopted:%', false)
           and not coalesce((select l.allowed from import_lock_rules l
                             where l.lock_level = s.lock_level and l.field_group = s.field_group), false) as by_lock
) h
where s.value is not null;
