-- Everything held about one person (their contacts, as merges joined them), for an access request.
with f as (select ?::bigint[] as ids)
select jsonb_build_object(
    'contacts', (select coalesce(jsonb_agg(to_jsonb(c) order by c.id), '[]') from contacts c, f
                 where c.id = any(f.ids)),
    -- where each current value came from and when (docs/values.md)
    'value_sources', (select coalesce(jsonb_agg(jsonb_build_object('contact_id', s.contact_id, 'field', s.field,
                                                                   'value', to_jsonb(c) ->> s.field,
                                                                   'source', s.source, 'evidence_at', s.evidence_at,
                                                                   'batch', s.batch_id, 'by_person', s.by_person,
                                                                   'decided_by', s.decided_by)
                                                order by s.contact_id, s.field), '[]')
                      from contact_field_sources s join contacts c on c.id = s.contact_id, f
                      where s.contact_id = any(f.ids)),
    'emails', (select coalesce(jsonb_agg(to_jsonb(e) order by e.id), '[]') from contact_emails e, f
               where e.contact_id = any(f.ids)),
    'identities', (select coalesce(jsonb_agg(to_jsonb(i) order by i.id), '[]') from contact_identities i, f
                   where i.contact_id = any(f.ids)),
    'tags', (select coalesce(jsonb_agg(jsonb_build_object('contact_id', ct.contact_id, 'tag', t.name,
                                                          'source', ct.source, 'created_at', ct.created_at)
                                       order by t.name), '[]')
             from contact_tags ct join tags t on t.id = ct.tag_id, f where ct.contact_id = any(f.ids)),
    'products', (select coalesce(jsonb_agg(jsonb_build_object('contact_id', cp.contact_id, 'product', p.name,
                                                              'source', cp.source, 'created_at', cp.created_at)
                                           order by p.name), '[]')
                 from contact_products cp join products p on p.id = cp.product_id, f
                 where cp.contact_id = any(f.ids)),
    'subscriptions', (select coalesce(jsonb_agg(to_jsonb(s) order by s.id), '[]') from subscriptions s, f
                      where s.contact_id = any(f.ids)),
    'transactions', (select coalesce(jsonb_agg(to_jsonb(t) order by t.id), '[]') from transactions t, f
                     where t.contact_id = any(f.ids)),
    'consent_events', (select coalesce(jsonb_agg(to_jsonb(ce) order by ce.id), '[]') from consent_events ce, f
                       where ce.contact_id = any(f.ids)),
    'conflicts', (select coalesce(jsonb_agg(to_jsonb(k) order by k.id), '[]') from import_conflicts k, f
                  where k.contact_id = any(f.ids)),
    'merges', (select coalesce(jsonb_agg(to_jsonb(m) order by m.id), '[]') from contact_merges m, f
               where m.kept_contact_id = any(f.ids) or m.merged_contact_id = any(f.ids)),
    -- the creation of a contact that names its batch (created_batch_id) first: it has no audit row
    'history', (select coalesce(jsonb_agg(jsonb_build_object('batch', h.batch_id, 'table', h.table_name,
                                                             'record', h.record_id, 'action', h.action,
                                                             'field', h.field, 'old_value', h.old_value,
                                                             'new_value', h.new_value, 'changed_at', h.changed_at)
                                          order by h.id, h.record_id), '[]')
                from (select 0 as id, c.created_batch_id as batch_id, 'contacts' as table_name, c.id as record_id,
                             'insert' as action, null as field, null as old_value, null as new_value,
                             b.started_at as changed_at
                      from contacts c join import_batches b on b.id = c.created_batch_id, f
                      where c.id = any(f.ids)
                      union all
                      select a.id, a.batch_id, a.table_name, a.record_id, a.action, a.field, a.old_value,
                             a.new_value, a.changed_at
                      from import_audit_log a, f
                      where (a.table_name in ('contacts', 'contact_tags', 'contact_products')
                             and a.record_id = any(f.ids))
                         or (a.table_name = 'contact_emails' and a.record_id in
                             (select e.id from contact_emails e where e.contact_id = any(f.ids)))
                         or (a.table_name = 'contact_identities' and a.record_id in
                             (select i.id from contact_identities i where i.contact_id = any(f.ids)))
                         or (a.table_name = 'consent_events' and a.record_id in
                             (select ce.id from consent_events ce where ce.contact_id = any(f.ids)))) h))::text
