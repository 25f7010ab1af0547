select count(*) from subscriptions_seen
