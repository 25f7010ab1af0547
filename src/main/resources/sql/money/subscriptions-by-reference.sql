-- The subscription each provider reference (PayPal I-…) of a chunk's new transactions names: the oldest that has it,
-- as money/transactions-upsert.sql links one.
select distinct on (provider_reference) provider_reference, id
from subscriptions where provider_reference = any(?)
order by provider_reference, id
