-- Locks one contact in every ? (e.g. 20 = 5%), spread over the table, as hand-corrected contacts are.
update contacts set lock_level = 'FULL_LOCK', lock_reason = 'benchmark: hand-corrected'
where id % ? = 0
