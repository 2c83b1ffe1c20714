-- 020: governance. Each run records a stable hash of its effective settings next to the
-- settings themselves, so runs (and through run_id every history row) can be grouped and
-- compared by the settings that produced them; and how many rows and customers the
-- configuration's exclusions left out. Runs recorded before this migration keep NULLs.
ALTER TABLE rfm_runs
    ADD COLUMN settings_hash       text,
    ADD COLUMN excluded_rows       bigint,
    ADD COLUMN excluded_customers  integer;

COMMENT ON COLUMN rfm_runs.settings IS
    'effective settings of the run: configuration after overrides, scheme rules, FX rates used';
COMMENT ON COLUMN rfm_runs.settings_hash IS
    'lowercase hex SHA-256 of the canonical JSON of settings (sorted keys, decimals as strings)';

CREATE INDEX rfm_runs_settings_hash ON rfm_runs (settings_hash);
