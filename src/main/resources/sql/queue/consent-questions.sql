-- The open opt-out questions (PROTECTED_OPT_IN) of these contacts.
select k.id from import_conflicts k
where k.status = 'open' and k.reason = 'PROTECTED_OPT_IN' and k.contact_id = any(?)
