-- Every audit run (SPEC §8). A scheduled run claims its slot — the cron's scheduled fire time, identical on every
-- instance — by inserting this row; the unique index lets exactly one of several instances sharing the database
-- run that night's audit. Runs on demand (the CLI) have no slot and always run.
create table audit_runs (
    id          bigserial primary key,
    trigger     text        not null check (trigger in ('schedule', 'cli')),
    slot        timestamptz,
    instance    text        not null,   -- host and process that ran it
    status      text        not null default 'running' check (status in ('running', 'done', 'failed')),
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    html_path   text,
    json_path   text,
    message     text
);
create unique index audit_runs_slot on audit_runs (slot) where slot is not null;
