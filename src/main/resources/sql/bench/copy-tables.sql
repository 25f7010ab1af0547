-- The COPY baseline's targets: the columns, constraints and indexes of contacts and contact_emails.
drop table if exists bench_copy_emails;
drop table if exists bench_copy_contacts;
create table bench_copy_contacts (like contacts including defaults including constraints including indexes);
create table bench_copy_emails (like contact_emails including defaults including constraints including indexes);
alter table bench_copy_emails add foreign key (contact_id) references bench_copy_contacts (id) on delete cascade;
