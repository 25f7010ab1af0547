-- The rows one import wrote, table by table (its batch is the setting crosswalk.bench_batch of this session): the
-- contacts it created with what belongs to them, the links it attached to other contacts, its history and review
-- items, the transactions it inserted, and the present version of each row it updated (COPY cannot replay an
-- update: the floor writes such a row anew, as an update writes a new version of it). Each view is a union of
-- joins, not an "in (…) or in (…)": a million ids do not fit a hashed sub-plan, and a plain one rescans per row.
create or replace temporary view bench_batch_audit as
select * from import_audit_log where batch_id = current_setting('crosswalk.bench_batch')::bigint;
create or replace temporary view bench_batch_created as
select id from contacts where created_batch_id = current_setting('crosswalk.bench_batch')::bigint;
create or replace temporary view bench_batch_attached as
select table_name, record_id as contact_id, field, new_value as value from bench_batch_audit
where action = 'insert' and field is not null and field <> 'row';
-- rows it updated and did not insert
create or replace temporary view bench_batch_updated as
select distinct a.table_name, a.record_id as id from bench_batch_audit a
where a.action = 'update'
  and not exists (select 1 from contacts c where a.table_name in ('contacts', 'contact_provenance')
                  and c.id = a.record_id and c.created_batch_id = current_setting('crosswalk.bench_batch')::bigint)
  and not exists (select 1 from transactions t where a.table_name = 'transactions'
                  and t.id = a.record_id and t.created_batch_id = current_setting('crosswalk.bench_batch')::bigint);

create or replace temporary view bench_batch_contacts as
select c.* from contacts c join bench_batch_created n on n.id = c.id
union all
select c.* from contacts c join bench_batch_updated u on u.id = c.id and u.table_name = 'contacts';
create or replace temporary view bench_batch_contact_emails as
select e.* from contact_emails e join bench_batch_created n on n.id = e.contact_id
union all
select e.* from contact_emails e join bench_batch_attached a
    on a.table_name = 'contact_emails' and a.contact_id = e.contact_id and a.value = e.email;
create or replace temporary view bench_batch_contact_identities as
select i.* from contact_identities i join bench_batch_created n on n.id = i.contact_id
union all
select i.* from contact_identities i join bench_batch_attached a
    on a.table_name = 'contact_identities' and a.contact_id = i.contact_id and a.field = i.source
       and a.value = i.external_id;
create or replace temporary view bench_batch_contact_tags as
select ct.* from contact_tags ct join bench_batch_created n on n.id = ct.contact_id
union all
select ct.* from contact_tags ct join tags t on t.id = ct.tag_id join bench_batch_attached a
    on a.table_name = 'contact_tags' and a.contact_id = ct.contact_id and a.value = t.name;
create or replace temporary view bench_batch_contact_products as
select cp.* from contact_products cp join bench_batch_created n on n.id = cp.contact_id
union all
select cp.* from contact_products cp join products p on p.id = cp.product_id join bench_batch_attached a
    on a.table_name = 'contact_products' and a.contact_id = cp.contact_id and a.value = p.name;
create or replace temporary view bench_batch_contact_provenance as
select p.* from contact_provenance p join bench_batch_created n on n.id = p.id
union all
select p.* from contact_provenance p join bench_batch_updated u on u.id = p.id and u.table_name = 'contact_provenance';
create or replace temporary view bench_batch_consent_events as
select * from consent_events where batch_id = current_setting('crosswalk.bench_batch')::bigint;
create or replace temporary view bench_batch_import_audit_log as
select * from bench_batch_audit;
create or replace temporary view bench_batch_import_conflicts as
select * from import_conflicts where batch_id = current_setting('crosswalk.bench_batch')::bigint;
create or replace temporary view bench_batch_import_conflict_evidence as
select * from import_conflict_evidence where batch_id = current_setting('crosswalk.bench_batch')::bigint;
create or replace temporary view bench_batch_transactions as
select t.* from transactions t where t.created_batch_id = current_setting('crosswalk.bench_batch')::bigint
union all
select t.* from transactions t join bench_batch_updated u on u.id = t.id and u.table_name = 'transactions';
