-- Likely duplicates (docs/review.md): the pairs of the audit's duplicate candidates (audit_duplicate_candidates:
-- live contacts with the same normalised name and the same phone digits or postal code, different emails). Each new
-- pair becomes a DUPLICATE item ("contacts KEEP, DUP", the lower id kept) that a MERGE decision answers; a pair
-- already open, kept or dismissed is not raised again. Parameter: the batch.
insert into import_conflicts (batch_id, contact_id, field, current_value, incoming_value, reason, source)
select ?, d.keep_id, 'contact', 'contacts ' || d.keep_id || ', ' || d.duplicate_id,
       d.score || ': ' || d.why || ' (' || coalesce(c.email, 'no email') || ')', 'DUPLICATE', 'duplicates'
from audit_duplicate_candidates d
join contacts c on c.id = d.duplicate_id
where not exists (select 1 from import_conflicts k
                  where k.reason = 'DUPLICATE' and k.current_value = 'contacts ' || d.keep_id || ', ' || d.duplicate_id
                    and k.status <> 'merged')
