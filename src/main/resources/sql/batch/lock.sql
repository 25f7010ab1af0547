-- One import at a time: batches from different inboxes would otherwise race to create the same person (the same
-- email in two files) and one would fail on the unique email. Held until the batch commits or rolls back.
select pg_advisory_xact_lock(hashtext('crosswalk-import'))
