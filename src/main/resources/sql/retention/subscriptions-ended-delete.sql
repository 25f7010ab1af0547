-- Ended subscriptions go; payments that named them stay, without the link.
with f as (select ?::bigint[] as ids),
detached as (update transactions t set subscription_id = null from f where t.subscription_id = any(f.ids))
delete from subscriptions s using f where s.id = any(f.ids)
