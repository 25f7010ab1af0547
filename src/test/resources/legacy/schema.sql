-- The legacy contact database as its scripts leave it (our own DDL, written from the schema's description): the
-- base tables plus the columns later scripts added "if missing", with the inconsistencies adopt must tolerate.
-- Left out on purpose, as in installations where a script never ran: contacts.zoho_phone, contacts.membership_*,
-- the address-quality columns, and deleted_at on contact_emails.
create extension if not exists citext;
create extension if not exists "uuid-ossp";

create type subscription_status as enum ('active', 'paused', 'canceled', 'expired', 'trial');
create type payment_status as enum ('pending', 'completed', 'failed', 'refunded', 'disputed');
create type transaction_type as enum ('purchase', 'subscription', 'refund', 'adjustment');

create table contacts (
    id                 uuid primary key default uuid_generate_v4(),
    email              citext not null unique,
    first_name         text,
    last_name          text,
    phone              text,
    address_line_1     text,
    address_line_2     text,
    city               text,
    state              text,
    postal_code        text,
    country            text,
    email_subscribed   boolean default false,
    -- the base CHECK named six systems; production widened it outside the scripts (paypal occurs)
    source_system      text not null default 'kajabi',
    kajabi_id          text,
    kajabi_member_id   text,
    ticket_tailor_id   text,
    zoho_id            text,
    quickbooks_id      text,
    mailchimp_id       text,
    notes              text,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    -- PayPal identity
    paypal_email       citext,
    paypal_first_name  text,
    paypal_last_name   text,
    -- alternates
    additional_email   citext,
    additional_phone   text,
    additional_name    text,
    additional_email_source text,
    -- Zoho (zoho_email is case-sensitive text)
    zoho_email         text,
    -- PayPal details
    paypal_payer_id    text,
    paypal_subscription_reference text,
    paypal_business_name text,
    shipping_address_line_1 text,
    shipping_city      text,
    -- protection
    import_locked      boolean default false,
    import_locked_reason text,
    import_locked_at   timestamptz,
    subscription_protected boolean default false,
    subscription_protected_reason text,
    lock_level         text,
    -- lifecycle
    deleted_at         timestamptz,
    created_by         text,
    updated_by         text,
    deleted_by         text,
    -- derived totals (not facts)
    total_spent        numeric(10, 2),
    transaction_count  integer,
    -- the UI's own tag store
    tags               text[] default '{}',
    -- duplicates
    secondary_emails   jsonb default '[]',
    is_alias_of        uuid references contacts (id),
    merge_history      jsonb,
    -- consent detail
    consent_date       timestamp,
    consent_source     text,
    consent_method     text,
    legal_basis        text,
    mailing_list_ready boolean generated always as (coalesce(email_subscribed, false) and deleted_at is null) stored
);
create unique index contacts_kajabi_id on contacts (kajabi_id) where kajabi_id is not null;
create unique index contacts_kajabi_member_id on contacts (kajabi_member_id) where kajabi_member_id is not null;
create unique index contacts_paypal_payer_id on contacts (paypal_payer_id) where paypal_payer_id is not null;
create unique index contacts_zoho_id on contacts (zoho_id) where zoho_id is not null;
create unique index contacts_ticket_tailor_id on contacts (ticket_tailor_id) where ticket_tailor_id is not null;

create table contact_emails (
    id          uuid primary key default uuid_generate_v4(),
    contact_id  uuid not null references contacts (id) on delete cascade,
    email       citext not null,
    email_type  text default 'personal',
    is_primary  boolean not null default false,
    is_outreach boolean not null default false,
    source      text not null,   -- the CHECK lists eight values; a later merge script writes merged_duplicate
    verified    boolean not null default false,
    verified_at timestamptz,
    deliverable boolean,
    created_at  timestamptz default now(),
    updated_at  timestamptz default now(),
    unique (contact_id, email)
);

create table external_identities (
    id          uuid primary key default gen_random_uuid(),
    contact_id  uuid not null references contacts (id) on delete cascade,
    system      text not null,
    external_id text not null,
    created_at  timestamptz default now(),
    unique (system, external_id),
    unique (contact_id, system)
);

create table tags (
    id          uuid primary key default uuid_generate_v4(),
    name        text not null,
    name_norm   text generated always as (lower(trim(name))) stored unique,
    description text,
    category    text,
    created_at  timestamptz default now(),
    updated_at  timestamptz default now(),
    deleted_at  timestamptz
);

create table contact_tags (
    id         uuid primary key default uuid_generate_v4(),
    contact_id uuid not null references contacts (id) on delete cascade,
    tag_id     uuid not null references tags (id) on delete cascade,
    created_at timestamptz default now(),
    unique (contact_id, tag_id)
);

create table products (
    id              uuid primary key default uuid_generate_v4(),
    name            text not null,
    name_norm       text generated always as (lower(trim(name))) stored unique,
    description     text,
    product_type    text,
    kajabi_offer_id text unique,
    active          boolean default true,
    archived_at     timestamptz,
    created_at      timestamptz default now(),
    updated_at      timestamptz default now(),
    deleted_at      timestamptz
);

create table contact_products (
    id                uuid primary key default uuid_generate_v4(),
    contact_id        uuid not null references contacts (id) on delete cascade,
    product_id        uuid not null references products (id) on delete cascade,
    access_granted_at timestamptz,
    access_expires_at timestamptz,
    created_at        timestamptz default now(),
    unique (contact_id, product_id)
);

create table subscriptions (
    id                     uuid primary key default uuid_generate_v4(),
    contact_id             uuid not null references contacts (id) on delete restrict,
    product_id             uuid references products (id),
    kajabi_subscription_id text unique,
    status                 subscription_status not null default 'active',
    amount                 numeric(12, 2) check (amount >= 0),
    currency               text default 'USD',
    billing_cycle          text,
    start_date             timestamptz,
    trial_end_date         timestamptz,
    cancellation_date      timestamptz,
    next_billing_date      timestamptz,
    payment_processor      text,
    coupon_code            text,
    created_at             timestamptz default now(),
    updated_at             timestamptz default now(),
    paypal_subscription_reference text unique,
    is_annual              boolean default false,
    deleted_at             timestamptz
);

-- the second provenance migration ran (external_* columns, no default for source_system), then the donor script;
-- the Ticket Tailor importer's "cancelled" status could not be stored, so such orders are absent
create table transactions (
    id                      uuid primary key default uuid_generate_v4(),
    contact_id              uuid not null references contacts (id) on delete restrict,
    product_id              uuid references products (id),
    subscription_id         uuid references subscriptions (id) on delete set null,
    kajabi_transaction_id   text unique,
    order_number            text,
    transaction_type        transaction_type not null default 'purchase',
    status                  payment_status not null default 'completed',
    amount                  numeric(12, 2) not null,
    currency                text default 'USD',
    tax_amount              numeric(12, 2),
    quantity                integer default 1,
    payment_method          text,
    payment_processor       text,
    coupon_code             text,
    transaction_date        timestamptz not null,
    created_at              timestamptz default now(),
    updated_at              timestamptz default now(),
    source_system           text,
    external_transaction_id text,
    external_order_id       text,
    raw_source              jsonb,
    deleted_at              timestamptz,
    is_donation             boolean,
    quickbooks_invoice_num  text,
    constraint transactions_refund_sign check (
        (transaction_type = 'refund' and amount <= 0) or (transaction_type <> 'refund' and amount >= 0)),
    constraint transactions_source_check check (source_system in ('kajabi', 'paypal', 'ticket_tailor')),
    unique (source_system, external_transaction_id)
);

create table subscription_restoration_audit (
    id                       uuid primary key default gen_random_uuid(),
    contact_id               uuid references contacts (id),
    email                    text not null,
    old_subscribed           boolean not null,
    duplicate_was_subscribed boolean not null,
    new_subscribed           boolean not null,
    restoration_reason       text not null,
    restored_at              timestamptz default now(),
    restored_by              text
);

-- history only: the duplicates merges deleted
create table contacts_merge_backup (
    backup_id              serial primary key,
    merged_at              timestamp,
    primary_contact_id     uuid,
    duplicate_contact_id   uuid,
    duplicate_contact_data jsonb,
    notes                  text
);

create table import_lock_rules (
    lock_level                  text primary key,
    allows_subscription_update  boolean,
    allows_name_update          boolean,
    allows_address_update       boolean,
    allows_source_system_update boolean,
    allows_enriched_data_update boolean,
    description                 text
);
