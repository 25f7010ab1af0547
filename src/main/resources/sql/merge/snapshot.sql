-- A contact as a merge found it: its row, and every row that belongs to it, so an unmerge can put both back.
with p as (select ?::bigint as id)
select jsonb_build_object(
    'contact', (select to_jsonb(c) from contacts c where c.id = p.id),
    'emails', coalesce((select jsonb_agg(jsonb_build_object('id', e.id, 'kind', e.kind) order by e.id)
                        from contact_emails e where e.contact_id = p.id), '[]'),
    'contact_identities', coalesce((select jsonb_agg(i.id order by i.id)
                                    from contact_identities i where i.contact_id = p.id), '[]'),
    'subscriptions', coalesce((select jsonb_agg(s.id order by s.id)
                               from subscriptions s where s.contact_id = p.id), '[]'),
    'transactions', coalesce((select jsonb_agg(t.id order by t.id)
                              from transactions t where t.contact_id = p.id), '[]'),
    'consent_events', coalesce((select jsonb_agg(e.id order by e.id)
                                from consent_events e where e.contact_id = p.id), '[]'),
    'contact_tags', coalesce((select jsonb_agg(to_jsonb(t) order by t.tag_id)
                              from contact_tags t where t.contact_id = p.id), '[]'),
    'contact_products', coalesce((select jsonb_agg(to_jsonb(t) order by t.product_id)
                                  from contact_products t where t.contact_id = p.id), '[]'),
    'contact_provenance', coalesce((select provenance_fields(f.fields) from contact_provenance f
                                   where f.id = p.id), '{}'))::text
from p
