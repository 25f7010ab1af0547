-- What an order export states besides its value (Ticket Tailor): what was paid, what was refunded, and whether the
-- order was cancelled. The order value stays in transactions.amount (the gross).
alter table transactions add column amount_paid     numeric(14, 2);
alter table transactions add column amount_refunded numeric(14, 2);
alter table transactions add column cancelled       boolean;

-- subscription reconciliation reads every subscription of one source
create index subscriptions_source_missing on subscriptions (source, missing_since);
