select id, email, first_name, last_name, phone, address_line1, address_line2, city, region, postal_code, country,
       source_system, lock_level, lock_reason, email_subscribed, subscription_protected, subscription_protected_reason,
       email_undeliverable
from contacts
where id = any(?) and deleted_at is null
