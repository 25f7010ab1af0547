-- records of one retention item older than the cutoff; a record already anonymised is not due for anonymising
select id from retention_records where item = ? and since < ? and not (anonymised and ? = 'anonymise') order by id
