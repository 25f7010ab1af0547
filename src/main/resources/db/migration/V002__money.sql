-- Subscriptions and transactions: idempotent per (source, external id); money is numeric, never float.

create table subscriptions (
    id                 bigserial primary key,
    contact_id         bigint references contacts (id),
    source             text        not null,
    external_id        text        not null,
    product_id         bigint references products (id),
    offer_title        text,
    amount             numeric(14, 2),
    currency           text,
    interval           text,
    status             text,
    provider           text,
    provider_reference text,          -- e.g. the PayPal subscription profile I-… that pays it
    coupon             text,
    started_at         date,
    canceled_at        date,
    trial_ends_at      date,
    next_payment_at    date,
    last_seen_batch    bigint,
    missing_since      timestamptz,   -- set when a full export of its source no longer lists it
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    constraint subscriptions_unique unique (source, external_id)
);
create index subscriptions_contact on subscriptions (contact_id);
create index subscriptions_provider_reference on subscriptions (provider_reference);

create table transactions (
    id                    bigserial primary key,
    contact_id            bigint references contacts (id),
    source                text        not null,
    external_id           text        not null,
    type                  text        not null,   -- payment, subscription_payment, refund, fee, order, ...
    status                text,
    amount                numeric(14, 2) not null, -- gross, signed
    fee                   numeric(14, 2),
    net                   numeric(14, 2),
    currency              text,
    occurred_at           timestamptz,
    product_id            bigint references products (id),
    offer_title           text,
    order_number          text,
    payment_method        text,
    event_id              bigint references events (id),
    subscription_id       bigint references subscriptions (id),
    reference_external_id text,                   -- the original transaction (refunds) or a subscription profile
    created_at            timestamptz not null default now(),
    constraint transactions_unique unique (source, external_id)
);
create index transactions_contact on transactions (contact_id);
create index transactions_reference on transactions (reference_external_id);
