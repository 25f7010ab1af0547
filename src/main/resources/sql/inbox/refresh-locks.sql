-- The claims this instance still holds are alive: move their time forward so they never expire while it works.
update camel_messageprocessed set createdat = localtimestamp
where processorname = ? and messageid = any (?)
