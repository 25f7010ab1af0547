-- The review queue holds one open item per contact and question (docs/review.md): later rows and files asking the
-- same question add their evidence to the open item instead of opening another, and an item whose proposal the
-- stored value now equals closes itself ('settled').

-- Which question a reason asks: a field's value (LOCKED, FILL_BLANK, ...), an opt-out of a protected opt-in,
-- which contacts a row means (AMBIGUOUS), or whether two contacts are one person (DUPLICATE).
create function conflict_family(reason text) returns text
    language sql immutable parallel safe
    return case reason when 'PROTECTED_OPT_IN' then 'consent' when 'AMBIGUOUS' then 'contact'
                       when 'DUPLICATE' then 'duplicate' else 'value' end;

alter table import_conflicts drop constraint import_conflicts_status_check;
alter table import_conflicts add constraint import_conflicts_status_check
    check (status in ('open', 'kept', 'taken', 'merged', 'dismissed', 'settled'));

-- the source and evidence time of the proposal the item shows (its latest evidence)
alter table import_conflicts add column source text;
alter table import_conflicts add column evidence_at timestamptz;

-- Every observation that asked an item's question: which source, batch and line proposed which value, when.
-- An observation goes with its batch when that batch is rolled back.
create table import_conflict_evidence (
    id             bigserial primary key,
    conflict_id    bigint      not null references import_conflicts (id) on delete cascade,
    batch_id       bigint      references import_batches (id),
    source         text,
    line           bigint,
    reason         text,
    proposed_value text,
    current_value  text,
    evidence_at    timestamptz,
    recorded_at    timestamptz not null default now()
);
create index import_conflict_evidence_conflict on import_conflict_evidence (conflict_id);
create index import_conflict_evidence_batch on import_conflict_evidence (batch_id);
create index import_conflicts_open_question on import_conflicts (contact_id, field) where status = 'open';

-- Conflicts raised before: each is its own first observation.
update import_conflicts k set source = coalesce(b.source, b.kind)
from import_batches b where b.id = k.batch_id;
insert into import_conflict_evidence (conflict_id, batch_id, source, line, reason, proposed_value, current_value,
                                      recorded_at)
select k.id, k.batch_id, k.source, k.line, k.reason, k.incoming_value, k.current_value, k.created_at
from import_conflicts k;

-- Open repeats of one question fold into its first item: their evidence moves there, the item shows the latest
-- proposal, and the repeats are dismissed saying where they went.
create temporary table folded on commit drop as
select k.id, min(k.id) over (partition by k.contact_id, k.field, conflict_family(k.reason),
                                          case when conflict_family(k.reason) in ('contact', 'duplicate')
                                               then k.current_value end) as into_id
from import_conflicts k
where k.status = 'open';
delete from folded where id = into_id;
update import_conflict_evidence e set conflict_id = f.into_id from folded f where e.conflict_id = f.id;
update import_conflicts k
set status = 'dismissed', resolved_by = 'crosswalk: folded into conflict ' || f.into_id, resolved_at = now()
from folded f where k.id = f.id;
update import_conflicts k
set incoming_value = l.proposed_value, current_value = l.current_value, source = l.source, reason = l.reason
from (select distinct on (e.conflict_id) e.conflict_id, e.proposed_value, e.current_value, e.source, e.reason
      from import_conflict_evidence e
      where e.conflict_id in (select into_id from folded)
      order by e.conflict_id, e.recorded_at desc, e.batch_id desc, e.id desc) l
where k.id = l.conflict_id;
