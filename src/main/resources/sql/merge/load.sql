select kept_contact_id, merged_contact_id, kept_snapshot::text, merged_snapshot::text, undone_at is not null
from contact_merges where id = ?
