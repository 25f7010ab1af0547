-- Every row of one audit_* view; {view} is a name the catalog lists (audit/views.sql).
select * from {view}
