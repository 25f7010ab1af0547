-- Runs still 'running' longer than the lease (minutes, bind 2) are recorded failed, whichever host left them; the
-- database's clock decides, so hosts whose clocks differ agree. Bind 1 is the message's format, %s the instance.
update audit_runs
set status = 'failed', finished_at = now(), message = format(?, instance)
where status = 'running' and started_at < now() - make_interval(mins => ?)
returning id, instance
