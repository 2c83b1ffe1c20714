-- 060: a run for a wrong as-of date can be withdrawn (`rfm-nightly withdraw`; docs/DECISIONS.md
-- "Runs and writes"). Its ledger rows stay, marked 'withdrawn', so the ledger still says what
-- happened; every query that reads results asks for 'succeeded' and so no longer sees them.
ALTER TABLE rfm_runs DROP CONSTRAINT rfm_runs_status_check;
ALTER TABLE rfm_runs ADD CONSTRAINT rfm_runs_status_check
    CHECK (status IN ('running', 'succeeded', 'failed', 'abandoned', 'withdrawn'));
