-- Ended subscriptions stay as figures (amount, interval, dates, status) without their payer.
update subscriptions set contact_id = null, coupon = null, provider_reference = null, updated_at = now()
where id = any(?::bigint[])
