-- Adoption fills an empty Crosswalk: how many contacts it already holds.
select count(*) from contacts
