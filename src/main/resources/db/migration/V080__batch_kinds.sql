-- The batch kinds of adopting a legacy database, erasure on request, retention, and hand-set lock levels.
alter table import_batches drop constraint import_batches_kind_check;
alter table import_batches add constraint import_batches_kind_check
    check (kind in ('import', 'preview', 'review', 'rollback', 'merge', 'unmerge', 'classify', 'duplicates',
                    'adopt', 'erasure', 'retention', 'locks'));
