-- People and every key they are known by. An email or an external id belongs to at most one contact,
-- so "find by any email" and "find by any id" are single index probes.

create table contacts (
    id                            bigserial primary key,
    email                         text,          -- primary email, original spelling (display)
    first_name                    text,
    last_name                     text,
    phone                         text,
    address_line1                 text,
    address_line2                 text,
    city                          text,
    region                        text,
    postal_code                   text,
    country                       text,
    source_system                 text        not null,  -- the source that created it; no import changes it
    lock_level                    text        not null default 'UNLOCKED'
        check (lock_level in ('FULL_LOCK', 'PARTIAL_LOCK', 'UNLOCKED')),
    lock_reason                   text,
    email_subscribed              boolean     not null default false,
    subscription_protected        boolean     not null default false,
    subscription_protected_reason text,
    email_undeliverable           boolean     not null default false,
    created_at                    timestamptz not null default now(),
    updated_at                    timestamptz not null default now(),
    deleted_at                    timestamptz
);
create index contacts_source_system on contacts (source_system);

create table contact_emails (
    id          bigserial primary key,
    contact_id  bigint      not null references contacts (id) on delete cascade,
    email       text        not null,   -- matching key: trimmed, lower-case
    display     text        not null,   -- as the source spelled it
    kind        text        not null,   -- primary, additional, paypal, zoho, ...
    source      text        not null,
    created_at  timestamptz not null default now(),
    constraint contact_emails_email_unique unique (email)
);
create index contact_emails_contact on contact_emails (contact_id);

create table contact_identities (
    id          bigserial primary key,
    contact_id  bigint      not null references contacts (id) on delete cascade,
    source      text        not null,   -- kajabi, kajabi-member, zoho, paypal-payer, ticket-tailor, mailchimp, ...
    external_id text        not null,
    created_at  timestamptz not null default now(),
    constraint contact_identities_unique unique (source, external_id)
);
create index contact_identities_contact on contact_identities (contact_id);

create table tags (
    id   bigserial primary key,
    name text not null unique
);

create table contact_tags (
    contact_id bigint      not null references contacts (id) on delete cascade,
    tag_id     bigint      not null references tags (id),
    source     text        not null,
    created_at timestamptz not null default now(),
    primary key (contact_id, tag_id)
);
create index contact_tags_tag on contact_tags (tag_id);

create table products (
    id          bigserial primary key,
    source      text not null,
    external_id text,            -- offer id where the source has one
    name        text not null,
    constraint products_name_unique unique (source, name)
);
create unique index products_external_unique on products (source, external_id) where external_id is not null;

create table contact_products (
    contact_id bigint      not null references contacts (id) on delete cascade,
    product_id bigint      not null references products (id),
    source     text        not null,
    created_at timestamptz not null default now(),
    primary key (contact_id, product_id)
);

create table events (
    id          bigserial primary key,
    source      text not null,
    external_id text not null,
    name        text,
    starts_at   timestamptz,
    ends_at     timestamptz,
    constraint events_unique unique (source, external_id)
);
