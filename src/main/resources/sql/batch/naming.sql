-- batch records whose report or details spell one of these emails
select b.id, b.report_json, b.details::text
from import_batches b
where exists (select 1 from unnest(?::text[]) as e (email)
              where strpos(lower(coalesce(b.report_json, '') || ' ' || coalesce(b.details::text, '')), e.email) > 0)
