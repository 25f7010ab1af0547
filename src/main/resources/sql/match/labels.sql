select ct.contact_id, 'tag' as kind, t.name
from contact_tags ct join tags t on t.id = ct.tag_id
where ct.contact_id = any(?)
union all
select cp.contact_id, 'product', p.name
from contact_products cp join products p on p.id = cp.product_id
where cp.contact_id = any(?) and p.source = ?
