drop table if exists bench_copy_emails;
drop table if exists bench_copy_contacts;
