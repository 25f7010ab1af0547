select source_system, lock_level, count(*) as contacts
from contacts
where deleted_at is null
group by source_system, lock_level
order by source_system, lock_level
