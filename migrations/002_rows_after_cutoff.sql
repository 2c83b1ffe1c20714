-- 002: the run record also counts rows at or after the cutoff (ignored by definition, SPEC §2),
-- so a backfill of old dates or a clock running ahead in the source shows in the ledger.
ALTER TABLE rfm_runs ADD COLUMN rows_after_cutoff bigint;
