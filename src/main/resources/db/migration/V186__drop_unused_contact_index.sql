-- Every contact a batch creates wrote an entry in contacts_source_system, and no statement needs it: contacts are
-- never looked up by the source that created them, only counted per source over all of them (the audit views, the
-- lock distribution, adopt's reconciliation), which reads the whole table either way.
drop index contacts_source_system;
