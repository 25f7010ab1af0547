select exists (select 1 from erasure_tombstones)
