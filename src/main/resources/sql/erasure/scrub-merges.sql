-- Merge snapshots of the person hold the stub instead of their rows, and no tag or product links.
with f as (select ?::bigint[] as ids)
update contact_merges m
set kept_snapshot = m.kept_snapshot || jsonb_build_object(
        'contact', (select to_jsonb(c) from contacts c where c.id = m.kept_contact_id),
        'contact_tags', '[]'::jsonb, 'contact_products', '[]'::jsonb),
    merged_snapshot = m.merged_snapshot || jsonb_build_object(
        'contact', (select to_jsonb(c) from contacts c where c.id = m.merged_contact_id),
        'contact_tags', '[]'::jsonb, 'contact_products', '[]'::jsonb)
from f
where m.kept_contact_id = any(f.ids) or m.merged_contact_id = any(f.ids)
