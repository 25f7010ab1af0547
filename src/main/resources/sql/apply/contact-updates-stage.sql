create temporary table if not exists contact_updates (
    id bigint primary key, first_name text, last_name text, phone text, address_line1 text, address_line2 text,
    city text, region text, postal_code text, country text, email_subscribed boolean,
    subscription_protected boolean, subscription_protected_reason text, email_undeliverable boolean
) on commit drop
