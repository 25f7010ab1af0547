insert into audit_runs (trigger, slot, instance) values ('schedule', ?, ?)
on conflict (slot) where slot is not null do nothing
returning id
