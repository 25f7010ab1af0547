create temporary table if not exists field_source_updates (
    contact_id bigint not null, field text not null, source text not null, evidence_at timestamptz not null,
    fills_blanks_only boolean not null, restated boolean not null, primary key (contact_id, field)
) on commit drop
