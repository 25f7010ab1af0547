-- Conflicts with the person each is about (name, primary email, lock) and where the current value came from
-- (the latest applied batch that set the field or created the contact), most urgent first (conflict_priority),
-- one person's conflicts together.
select k.id, k.batch_id, k.line, k.contact_id, k.field, k.current_value, k.incoming_value, k.reason, k.status,
       k.resolved_by, k.resolution_batch_id,
       nullif(concat_ws(' ', c.first_name, c.last_name), '') as contact_name, c.email as primary_email,
       c.lock_level, c.lock_reason, origin.source as current_source, origin.batch_id as current_batch,
       origin.changed_at::date::text as current_date
from import_conflicts k
left join contacts c on c.id = k.contact_id
left join lateral (
    select coalesce(b.source, b.kind) as source, a.batch_id, a.changed_at
    from import_audit_log a
    join import_batches b on b.id = a.batch_id and (b.status = 'applied' or b.id = k.batch_id)
    where a.table_name = 'contacts' and a.record_id = k.contact_id and a.batch_id <= k.batch_id
      and (a.field = k.field or a.action = 'insert')
    order by a.id desc
    limit 1
) origin on true
where (not ? or k.status = 'open') and (?::bigint is null or k.batch_id = ?)
order by conflict_priority(k.reason), k.contact_id nulls last, k.batch_id, k.id
