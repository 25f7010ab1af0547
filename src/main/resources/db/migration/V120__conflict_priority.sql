-- The order in which open conflicts are worth a reviewer's time: opt-outs of protected opt-ins (a person asked to
-- stop hearing from us), then ambiguous identities and duplicates (one person or two?), then locked overwrites,
-- then suggestions to fill a blank field. Every list of conflicts sorts by it.
create function conflict_priority(reason text) returns integer
    language sql immutable parallel safe
    return case reason when 'PROTECTED_OPT_IN' then 1 when 'AMBIGUOUS' then 2 when 'DUPLICATE' then 2
                       when 'FILL_BLANK' then 4 else 3 end;
