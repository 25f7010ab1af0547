-- Invented people (example.com) exercising every column and rule adopt follows. Contact ids end in their number:
-- aaaaaaaa-0000-4000-8000-0000000000NN.
insert into contacts (id, email, first_name, last_name, phone, address_line_1, address_line_2, city, state,
    postal_code, country, email_subscribed, source_system, kajabi_id, kajabi_member_id, ticket_tailor_id, zoho_id,
    quickbooks_id, mailchimp_id, created_at, updated_at, paypal_email, additional_email, additional_email_source,
    zoho_email, paypal_payer_id, paypal_subscription_reference, import_locked, import_locked_reason,
    subscription_protected, subscription_protected_reason, lock_level, deleted_at, tags, secondary_emails) values
-- 1: Kajabi, unlocked, a protected opt-in; mixed-case primary; both tag stores; a Kajabi id and member id
('aaaaaaaa-0000-4000-8000-000000000001', 'Ann.Lee@Example.com', 'Ann', 'Lee', '+1 303 555 0101', '1 Elm St',
    'Apt 2', 'Boulder', 'CO', '80301', 'US', true, 'kajabi', '1234567890', '87654321', null, null, null, null,
    '2021-03-04 10:00:00+00', '2025-11-11 09:00:00+00', 'ann.lee@example.com', null, null, null, null, null, false,
    'Kajabi contact with no enrichment', true, 'Kajabi opt-in protected from other sources', 'UNLOCKED', null,
    '{member,"workshop 2024"}', '[]'),
-- 2: Kajabi enriched by PayPal (partial lock); zoho id with the zcrm_ prefix; an unknown contact_emails source
('aaaaaaaa-0000-4000-8000-000000000002', 'bob.stone@example.com', 'Bob', 'Stone', null, null, null, null, null,
    null, null, true, 'kajabi', '1234567891', '87654322', null, 'zcrm_3811008000000000001', null, null,
    '2021-05-06 10:00:00+00', '2025-11-11 09:05:00+00', 'Bob.Pay@Example.com', null, null, null, null, 'I-AAA111',
    false, 'Kajabi contact enriched with a PayPal email', true, 'Kajabi opt-in protected from other sources',
    'PARTIAL_LOCK', null, '{vip}', '[]'),
-- 3: Zoho source, full lock; bare zoho id; zoho_email the primary in another case; not subscribed
('aaaaaaaa-0000-4000-8000-000000000003', 'CARA@example.com', 'Cara', 'Diaz', null, null, null, 'Denver', 'CO',
    '80202', 'US', false, 'zoho', null, null, null, '3811008000000000002', null, null, '2020-01-02 10:00:00+00',
    '2025-11-10 09:00:00+00', null, null, null, 'cara@example.com', null, null, true, 'zoho contact', false, null,
    'FULL_LOCK', null, '{}', '[]'),
-- 4: Ticket Tailor source; additional_email holds two addresses with stray spaces; a stripe id elsewhere
('aaaaaaaa-0000-4000-8000-000000000004', 'dan.fox@example.com', 'Dan', 'Fox', '720-555-0104', null, null, null,
    null, null, null, true, 'ticket_tailor', null, null, 'TT-4', null, null, null, '2022-02-03 10:00:00+00',
    '2025-11-11 09:10:00+00', null, 'dan.work@example.com , Dan.Home@example.com', 'kajabi', null, null, null, true,
    'ticket_tailor contact', true, 'Ticket Tailor opt-in: legal protection', 'FULL_LOCK', null, '{}', '[]'),
-- 5: manual source, a protected opt-out (a staff unsubscribe)
('aaaaaaaa-0000-4000-8000-000000000005', 'eve.moss@example.com', 'Eve', 'Moss', null, null, null, null, null, null,
    null, false, 'manual', null, null, null, null, null, null, '2019-07-08 10:00:00+00', '2025-11-11 09:15:00+00',
    null, null, null, null, null, null, true, 'manual contact', true, 'manual opt-out: never re-subscribe',
    'FULL_LOCK', null, '{}', '[]'),
-- 6: PayPal source (outside the base CHECK); its additional email is contact 1's primary: a DUPLICATE pair
('aaaaaaaa-0000-4000-8000-000000000006', 'finn.hart@example.com', 'Finn', 'Hart', null, null, null, null, null,
    null, null, false, 'paypal', null, null, null, null, null, null, '2023-04-05 10:00:00+00',
    '2025-11-11 09:20:00+00', null, 'ann.lee@example.com', 'paypal_2024', null, 'PAYERFINN1', null, true,
    'paypal contact with an additional email', false, null, 'PARTIAL_LOCK', null, '{}', '[]'),
-- 7: created after classification (no lock level); an invalid primary and a good secondary address; an opt-in
--    restored after a merge
('aaaaaaaa-0000-4000-8000-000000000007', 'gail at example.com', 'Gail', 'North', null, null, null, null, null,
    null, null, true, 'kajabi', null, null, null, null, null, null, '2025-11-20 10:00:00+00',
    '2025-11-21 09:00:00+00', null, null, null, null, null, null, false, null, true,
    'opt-in restored after merge', null, null, '{}', '["gail.n@example.com"]'),
-- 8: soft-deleted
('aaaaaaaa-0000-4000-8000-000000000008', 'hal.ives@example.com', 'Hal', 'Ives', null, null, null, null, null,
    null, null, true, 'kajabi', '1234567898', null, null, null, null, null, '2021-01-01 10:00:00+00',
    '2025-11-01 09:00:00+00', null, null, null, null, null, null, false, null, true, 'Kajabi opt-in', 'UNLOCKED',
    '2025-11-05 12:00:00+00', '{member}', '[]'),
-- 9: a lock level the scripts never defined; source spelled with a hyphen
('aaaaaaaa-0000-4000-8000-000000000009', 'ivy.jones@example.com', 'Ivy', 'Jones', null, null, null, null, null,
    null, null, null, 'Ticket-Tailor', null, null, null, null, null, null, '2024-06-07 10:00:00+00',
    '2025-11-11 09:25:00+00', null, null, null, null, null, null, false, 'hand-set', null, null, 'SOFT_LOCK', null,
    '{}', '[]'),
-- 10: QuickBooks donor; its bare zoho id equals contact 2's prefixed one (two ways of one id on two contacts)
('aaaaaaaa-0000-4000-8000-000000000010', 'jay.kim@example.com', 'Jay', 'Kim', null, null, null, null, null, null,
    null, false, 'quickbooks', null, null, null, '3811008000000000001', 'QB-10', 'mc-10', '2025-11-25 10:00:00+00',
    '2025-11-25 10:00:00+00', null, null, null, null, null, null, true, 'quickbooks donor', false, null,
    'FULL_LOCK', null, '{}', '[]'),
-- 11: a source no script knows; NULL opt-in and protection (both mean false); secondary_emails not an array
('aaaaaaaa-0000-4000-8000-000000000011', 'kim.lowe@example.com', 'Kim', 'Lowe', null, null, null, null, null, null,
    null, null, 'salesforce', '1234567811', null, null, null, null, null, '2024-08-09 10:00:00+00',
    '2025-11-11 09:30:00+00', null, null, null, null, null, null, false, 'Kajabi contact with no enrichment', null,
    null, 'UNLOCKED', null, '{}', '"kim.l@example.com"'),
-- 12: Kajabi only, unlocked, a protected opt-in: nothing but Kajabi will ever speak for this person
('aaaaaaaa-0000-4000-8000-000000000012', 'lee.park@example.com', 'Lee', 'Park', null, null, null, null, null, null,
    null, true, 'kajabi', '1234567812', null, null, null, null, null, '2022-10-11 10:00:00+00',
    '2025-11-11 09:35:00+00', null, null, null, null, null, null, false, 'Kajabi contact with no enrichment', true,
    'Kajabi opt-in protected from other sources', 'UNLOCKED', null, '{}', '[]');

insert into contact_emails (id, contact_id, email, email_type, is_primary, is_outreach, source) values
('bbbbbbbb-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000001', 'ann.lee@example.com',
    'personal', true, true, 'kajabi'),
('bbbbbbbb-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000002', 'bob.alt@example.com', 'other',
    false, false, 'merged_duplicate'),
('bbbbbbbb-0000-4000-8000-000000000003', 'aaaaaaaa-0000-4000-8000-000000000003', 'cara@example.com', 'work',
    true, true, 'zoho'),
('bbbbbbbb-0000-4000-8000-000000000008', 'aaaaaaaa-0000-4000-8000-000000000008', 'hal.ives@example.com',
    'personal', true, true, 'kajabi');

insert into external_identities (contact_id, system, external_id) values
('aaaaaaaa-0000-4000-8000-000000000001', 'kajabi', '1234567890'),
('aaaaaaaa-0000-4000-8000-000000000004', 'stripe', 'cus_TT4'),
('aaaaaaaa-0000-4000-8000-000000000002', 'zoho', 'zcrm_3811008000000000001');

insert into tags (id, name, category, deleted_at) values
('cccccccc-0000-4000-8000-000000000001', 'Member', 'membership', null),
('cccccccc-0000-4000-8000-000000000002', 'Workshop 2024 ', 'event', null),
('cccccccc-0000-4000-8000-000000000003', 'Old Tag', null, '2025-10-01 00:00:00+00');
insert into contact_tags (contact_id, tag_id) values
('aaaaaaaa-0000-4000-8000-000000000001', 'cccccccc-0000-4000-8000-000000000001'),
('aaaaaaaa-0000-4000-8000-000000000002', 'cccccccc-0000-4000-8000-000000000002'),
('aaaaaaaa-0000-4000-8000-000000000003', 'cccccccc-0000-4000-8000-000000000003'),
('aaaaaaaa-0000-4000-8000-000000000008', 'cccccccc-0000-4000-8000-000000000001');

insert into products (id, name, product_type, kajabi_offer_id, deleted_at) values
('dddddddd-0000-4000-8000-000000000001', 'Online Course', 'course', '2148000001', null),
('dddddddd-0000-4000-8000-000000000002', 'Membership', 'membership', null, null),
('dddddddd-0000-4000-8000-000000000003', 'Retired Retreat', 'event', '2148000003', '2024-01-01 00:00:00+00');
insert into contact_products (contact_id, product_id, access_granted_at) values
('aaaaaaaa-0000-4000-8000-000000000001', 'dddddddd-0000-4000-8000-000000000001', '2021-03-05 00:00:00+00'),
('aaaaaaaa-0000-4000-8000-000000000002', 'dddddddd-0000-4000-8000-000000000002', '2021-05-07 00:00:00+00'),
('aaaaaaaa-0000-4000-8000-000000000008', 'dddddddd-0000-4000-8000-000000000001', '2021-01-02 00:00:00+00');

insert into subscriptions (id, contact_id, product_id, kajabi_subscription_id, status, amount, currency,
    billing_cycle, start_date, cancellation_date, next_billing_date, payment_processor, coupon_code,
    paypal_subscription_reference, deleted_at) values
('eeeeeeee-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000001',
    'dddddddd-0000-4000-8000-000000000002', '2100000001', 'active', 49.00, 'USD', 'Month', '2024-01-15 00:00:00+00',
    null, '2025-12-15 00:00:00+00', 'PayPal', 'WELCOME', 'I-AAA111', null),
('eeeeeeee-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000002',
    'dddddddd-0000-4000-8000-000000000002', '2100000002', 'canceled', 19.00, 'usd', 'monthly',
    '2023-02-01 00:00:00+00', '2024-02-01 00:00:00+00', null, 'Stripe', null, null, null),
('eeeeeeee-0000-4000-8000-000000000003', 'aaaaaaaa-0000-4000-8000-000000000006', null, null, 'active', 120.00,
    'USD', 'annual', '2025-01-01 00:00:00+00', null, '2026-01-01 00:00:00+00', 'PayPal', null, 'I-BBB222', null),
('eeeeeeee-0000-4000-8000-000000000004', 'aaaaaaaa-0000-4000-8000-000000000001', null, '2100000004', 'expired',
    10.00, 'USD', 'Month', '2020-01-01 00:00:00+00', null, null, 'Kajabi', null, null, '2025-06-01 00:00:00+00'),
('eeeeeeee-0000-4000-8000-000000000005', 'aaaaaaaa-0000-4000-8000-000000000008', null, '2100000005', 'active',
    15.00, 'USD', 'Year', '2022-01-01 00:00:00+00', null, null, 'Stripe', null, null, null);

insert into transactions (id, contact_id, product_id, subscription_id, kajabi_transaction_id, order_number,
    transaction_type, status, amount, currency, payment_method, payment_processor, transaction_date, source_system,
    external_transaction_id, external_order_id, raw_source, deleted_at, is_donation, quickbooks_invoice_num) values
('ffffffff-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000001', null,
    'eeeeeeee-0000-4000-8000-000000000001', null, null, 'subscription', 'completed', 49.00, 'USD', null, 'PayPal',
    '2025-10-15 17:00:00+00', 'paypal', '8AB12345CD6789012', null, null, null, null, null),
('ffffffff-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000001', null, null, '9ZZ12345CD6789012',
    'N/A', 'refund', 'completed', -10.00, 'USD', null, 'PayPal', '2025-10-20 17:00:00+00', 'paypal', null, null,
    null, null, null, null),
('ffffffff-0000-4000-8000-000000000003', 'aaaaaaaa-0000-4000-8000-000000000004', null, null, null, null,
    'purchase', 'completed', 25.00, 'USD', 'STRIPE', 'Ticket Tailor', '2025-09-01 18:00:00+00', 'ticket_tailor',
    'bk_1', 'or_1001', '{"event_id": "ev_1", "event_name": "Autumn Gathering", "email_opt_in": true}', null, null,
    null),
('ffffffff-0000-4000-8000-000000000004', 'aaaaaaaa-0000-4000-8000-000000000004', null, null, null, null,
    'purchase', 'completed', 25.00, 'USD', 'STRIPE', 'Ticket Tailor', '2025-09-01 18:00:00+00', 'ticket_tailor',
    'bk_2', 'or_1001', null, null, null, null),
('ffffffff-0000-4000-8000-000000000005', 'aaaaaaaa-0000-4000-8000-000000000010', null, null, null, null,
    'purchase', 'completed', 100.00, 'USD', 'check', null, '2025-11-26 12:00:00+00', null, null, null, null, null,
    true, 'INV-7'),
('ffffffff-0000-4000-8000-000000000006', 'aaaaaaaa-0000-4000-8000-000000000008', null, null, null, null,
    'purchase', 'completed', 15.00, 'USD', null, 'PayPal', '2025-03-03 12:00:00+00', 'paypal', '7XY12345CD6789012',
    null, null, null, null, null),
('ffffffff-0000-4000-8000-000000000007', 'aaaaaaaa-0000-4000-8000-000000000002', null, null, null, null,
    'purchase', 'completed', 30.00, 'USD', null, 'PayPal', '2025-04-04 12:00:00+00', 'paypal', '6XY12345CD6789012',
    null, null, '2025-05-01 00:00:00+00', null, null),
('ffffffff-0000-4000-8000-000000000008', 'aaaaaaaa-0000-4000-8000-000000000002',
    'dddddddd-0000-4000-8000-000000000002', 'eeeeeeee-0000-4000-8000-000000000002', '300000001', null,
    'subscription', 'completed', 19.00, 'USD', null, 'Stripe', '2023-03-01 12:00:00+00', 'kajabi', null, null, null,
    null, null, null),
('ffffffff-0000-4000-8000-000000000009', 'aaaaaaaa-0000-4000-8000-000000000003', null, null, null, null,
    'purchase', 'completed', 12.50, 'EUR', null, 'PayPal', '2024-12-12 12:00:00+00', 'paypal', null, null, null,
    null, null, null);

insert into subscription_restoration_audit (contact_id, email, old_subscribed, duplicate_was_subscribed,
    new_subscribed, restoration_reason, restored_at, restored_by) values
('aaaaaaaa-0000-4000-8000-000000000007', 'gail.n@example.com', false, true, true,
    'opt-in lost in a merge restored', '2025-11-22 08:00:00+00', 'staff@example.com');

insert into contacts_merge_backup (merged_at, primary_contact_id, duplicate_contact_id, duplicate_contact_data, notes)
values ('2025-11-09 10:00:00', 'aaaaaaaa-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-0000000000ff',
    '{"email": "old.ann@example.com", "email_subscribed": true}', 'history only');

insert into import_lock_rules values
('FULL_LOCK', false, false, false, false, false, 'no import may change anything'),
('PARTIAL_LOCK', true, false, false, false, false, 'only the subscription state may follow the source'),
('UNLOCKED', true, true, true, false, false, 'subscription, name and address may follow the source');
