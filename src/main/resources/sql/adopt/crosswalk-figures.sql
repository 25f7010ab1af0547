-- The reconciliation's Crosswalk side, figure by figure (adopt fills an empty database, so every row is adopted).
select 'contacts' as figure, count(*)::numeric as value from contacts
union all select 'emails', count(*) from contact_emails
union all select 'identities:' || source, count(*) from contact_identities group by source
union all select 'opt_ins', count(*) from contacts where email_subscribed
union all select 'protected_opt_ins', count(*) from contacts where email_subscribed and subscription_protected
union all select 'protected', count(*) from contacts where subscription_protected
union all select 'lock:' || lock_level, count(*) from contacts group by lock_level
union all select 'source:' || source_system, count(*) from contacts group by source_system
union all select 'subscriptions:' || coalesce(status, '(none)'), count(*) from subscriptions group by status
union all select 'subscription_amount:' || coalesce(status, '(none)') || ':' || coalesce(currency, '(none)'),
                 coalesce(sum(amount), 0) from subscriptions group by status, currency
union all select 'transactions:' || source, count(*) from transactions group by source
union all select 'amount:' || source || ':' || coalesce(currency, '(none)'), sum(amount)
          from transactions group by source, currency
union all select 'tags', count(*) from tags
union all select 'products', count(*) from products
union all select 'tag_links', count(*) from contact_tags
union all select 'product_links', count(*) from contact_products
