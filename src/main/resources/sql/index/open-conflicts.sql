-- Open decisions for outbox/index.html: per reason (most urgent first) and the batch whose file lists them.
select k.reason, k.batch_id, b.kind, count(*) as open
from import_conflicts k
join import_batches b on b.id = k.batch_id
where k.status = 'open'
group by k.reason, k.batch_id, b.kind
order by conflict_priority(k.reason), k.reason, k.batch_id desc
