-- One consistent, read-only view of the legacy database for the whole read; timestamps as UTC text.
set transaction isolation level repeatable read, read only
