-- Which of these pairs of contacts ("contacts 3, 7") an AMBIGUOUS conflict already suggests merging: a pair is
-- suggested once, whatever became of the suggestion. Parameter: the pairs.
select distinct current_value
from import_conflicts
where reason = 'AMBIGUOUS' and field = 'contact' and current_value = any(?)
