-- What still needs a decision: open conflicts by reason, most urgent first.
select reason, count(*)
from import_conflicts
where status = 'open'
group by reason
order by conflict_priority(reason), reason
