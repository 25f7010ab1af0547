-- A chunk's patches of existing contacts' provenance (entries by field, built by apply/ProvenanceJson), merged into
-- each contact's row, made where it has none. The writer audits each patch with the entries it replaced, as
-- write_provenance does, so a rollback puts them back. (Batches run one at a time: no conflicting writer.)
insert into contact_provenance (id, fields)
select u.id, u.patch::jsonb
from unnest(?::bigint[], ?::text[]) as u(id, patch)
on conflict (id) do update set fields = contact_provenance.fields || excluded.fields
