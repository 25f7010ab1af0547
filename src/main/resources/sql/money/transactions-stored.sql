-- Which of a chunk's transaction ids this source has stored already (those are upserted; the others are new and
-- written by COPY). Parameters: source, external ids.
select external_id from transactions where source = ? and external_id = any(?)
