with prev as (select id, undone_at from contact_merges where id = ?),
upd as (update contact_merges m set undone_at = now() from prev where m.id = prev.id returning m.id, m.undone_at)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select ?, 'contact_merges', upd.id, 'update', 'undone_at', prev.undone_at::text, upd.undone_at::text
from prev join upd on upd.id = prev.id
