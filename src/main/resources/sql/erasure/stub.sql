-- Each of the person's contacts becomes an anonymous stub: id, source, created date, and when, by whom and why it
-- was erased. Money records stay linked to it. It no longer names the batch that created it, as its history is gone
-- (scrub-audit.sql): undoing that batch leaves the stub.
with f as (select ?::bigint[] as ids, ?::text as by, ?::text as reason)
update contacts c
set email = null, first_name = null, last_name = null, phone = null, address_line1 = null, address_line2 = null,
    city = null, region = null, postal_code = null, country = null, lock_reason = null,
    email_subscribed = false, subscription_protected = false, subscription_protected_reason = null,
    email_undeliverable = false, updated_at = now(), created_batch_id = null,
    erased_at = now(), erased_by = f.by, erasure_reason = f.reason
from f
where c.id = any(f.ids)
