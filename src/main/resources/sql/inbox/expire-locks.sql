-- Claims older than the expiry: left by an instance that was killed while importing. createdat is the claiming
-- JVM's local time, and the driver sets the session time zone to it.
delete from camel_messageprocessed
where processorname = ? and createdat < localtimestamp - make_interval(secs => ?)
