-- Review items with the person each is about (name, primary email, lock), the value stored now and where and when
-- it came from (contact_field_sources when it knows, else the latest applied batch that set the field or created
-- the contact), and the evidence that asked the item's question (how often, which sources, batches and lines,
-- latest time, every distinct proposal); most urgent first (conflict_priority), one person's items together.
-- Parameters: open only, batch (opened or added evidence to; null for every batch), batch, batch.
select k.id, k.batch_id, k.line, k.contact_id, k.field,
       case when conflict_family(k.reason) = 'value' and c.id is not null then to_jsonb(c) ->> k.field
            else k.current_value end as current_value,
       k.incoming_value, k.reason, k.status, k.resolved_by, k.resolution_batch_id,
       nullif(concat_ws(' ', c.first_name, c.last_name), '') as contact_name, c.email as primary_email,
       c.lock_level, c.lock_reason,
       -- a value a person's lock holds keeps the source it came from; a review decision is the person's own
       coalesce(case when fs.by_person and fs.decided_by ~ '^(person|adopted):'
                         then fs.source || ' (held by ' || fs.decided_by || ')'
                     when fs.by_person then 'person: ' || fs.decided_by
                     else fs.source end, origin.source) as current_source,
       case when fs.field is not null then fs.batch_id else origin.batch_id end as current_batch,
       coalesce(fs.evidence_at, origin.changed_at)::date::text as current_date,
       ev.evidence_count, ev.sources, ev.batches, ev.lines, ev.latest_evidence, ev.proposed_values
from import_conflicts k
left join contacts c on c.id = k.contact_id
left join contact_field_sources fs on fs.contact_id = k.contact_id and fs.field = k.field
left join lateral (
    select coalesce(b.source, b.kind) as source, o.batch_id, o.changed_at
    from (select a.id, a.batch_id, a.changed_at
          from import_audit_log a
          where a.table_name = 'contacts' and a.record_id = k.contact_id
            and (a.field = k.field or a.action = 'insert')
          union all
          -- its creation (created_batch_id) comes before any change of it
          select 0, n.created_batch_id, cb.started_at
          from contacts n join import_batches cb on cb.id = n.created_batch_id
          where n.id = k.contact_id) o
    join import_batches b on b.id = o.batch_id and b.status in ('applied', 'running')
    order by o.id desc
    limit 1
) origin on fs.field is null
left join lateral (
    select count(*) as evidence_count,
           string_agg(distinct e.source, '; ') as sources,
           array_to_string(array_agg(distinct e.batch_id order by e.batch_id), '; ') as batches,
           (select string_agg(x.line::text, '; ' order by x.line)
            from (select distinct e2.line from import_conflict_evidence e2
                  where e2.conflict_id = k.id and e2.line is not null) x) as lines,
           max(coalesce(e.evidence_at, e.recorded_at))::text as latest_evidence,
           string_agg(distinct e.proposed_value, '; ') as proposed_values
    from import_conflict_evidence e
    where e.conflict_id = k.id
) ev on true
where (not ? or k.status = 'open')
  and (?::bigint is null or k.batch_id = ?
       or exists (select 1 from import_conflict_evidence e where e.conflict_id = k.id and e.batch_id = ?))
order by conflict_priority(k.reason), k.contact_id nulls last, k.batch_id, k.id
