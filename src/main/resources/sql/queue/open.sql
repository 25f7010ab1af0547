-- Opens an item for each question of the chunk that no open item asks yet: one per contact, field and family of
-- reason (for AMBIGUOUS and DUPLICATE also per set of contacts named), in the order the chunk first asked them, on
-- the line that first asked (where the item was raised), showing the chunk's latest proposal. Parameter: the batch.
insert into import_conflicts (batch_id, contact_id, line, field, current_value, incoming_value, reason, source,
                              evidence_at)
select ?, q.contact_id, q.first_line, q.field, q.current_value, q.incoming_value, q.reason, q.source, q.evidence_at
from (
    select distinct on (s.contact_id, s.field, s.family, s.named) s.*,
           min(s.ord) over (partition by s.contact_id, s.field, s.family, s.named) as first_asked,
           first_value(s.line) over (partition by s.contact_id, s.field, s.family, s.named order by s.ord)
               as first_line
    from (select st.*, conflict_family(st.reason) as family,
                 case when conflict_family(st.reason) in ('contact', 'duplicate') then st.current_value end as named
          from conflict_stage st) s
    where not exists (
        select 1 from import_conflicts k
        where k.status = 'open' and coalesce(k.contact_id, 0) = coalesce(s.contact_id, 0) and k.field = s.field
          and conflict_family(k.reason) = s.family
          and (s.named is null or k.current_value = s.named))
    order by s.contact_id, s.field, s.family, s.named, coalesce(s.evidence_at, '-infinity') desc, s.ord desc
) q
order by q.first_asked
