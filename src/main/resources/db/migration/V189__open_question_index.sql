-- The open item asking a chunk's question is found through this index whatever the number of open items. The
-- question's contact was compared with `is not distinct from` (a question may name no contact), which no index
-- serves: each chunk's look-ups read every open item, so a file raising many questions took time quadratic in
-- them. The queue's statements now compare coalesce(contact_id, 0), which this index serves (contact ids start at 1).
drop index import_conflicts_open_question;
create index import_conflicts_open_question on import_conflicts ((coalesce(contact_id, 0)), field)
    where status = 'open';
