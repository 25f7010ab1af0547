update contacts c
set first_name = u.first_name, last_name = u.last_name, phone = u.phone,
    address_line1 = u.address_line1, address_line2 = u.address_line2, city = u.city, region = u.region,
    postal_code = u.postal_code, country = u.country, email_subscribed = u.email_subscribed,
    subscription_protected = u.subscription_protected,
    subscription_protected_reason = u.subscription_protected_reason,
    email_undeliverable = u.email_undeliverable, updated_at = now()
from contact_updates u
where c.id = u.id
