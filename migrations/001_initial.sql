-- 001: the input contract (SPEC §1), exchange rates, the two output tables (SPEC §6) and the
-- run ledger. Applied once, in one transaction, by `rfm-nightly migrate`.

-- Purchase events, as SPEC §1 describes them. The demo and the tests use this table; in
-- production a merchant may point `--source` at a table or view of their own. No CHECK
-- constraints on purpose: merchants' tables rarely have them, so the job validates every row
-- itself (SPEC §7), and the demo's deliberately bad rows show that it does. No unique key on
-- event_id either: at-least-once pipelines repeat events, and the job counts a repeat once.
CREATE TABLE purchase_events (
    merchant_id  text          NOT NULL,
    event_id     text          NOT NULL,
    user_key     text          NOT NULL,
    email        text,
    occurred_at  timestamptz   NOT NULL,
    amount       numeric(14,2) NOT NULL,
    currency     text          NOT NULL,
    kind         text          NOT NULL
);
-- The job reads one merchant's events before a cutoff.
CREATE INDEX purchase_events_merchant_time ON purchase_events (merchant_id, occurred_at);

CREATE TABLE fx_rates (
    currency  text          PRIMARY KEY,
    usd_rate  numeric(12,6) NOT NULL CHECK (usd_rate > 0)
);
INSERT INTO fx_rates (currency, usd_rate) VALUES ('USD', 1.0), ('EUR', 0.92), ('GBP', 1.18);

-- One row per merchant per run: what was asked, what happened, what was found.
-- A run inserts its row as 'running' and turns it 'succeeded' in the same transaction that
-- writes its results, so the ledger never claims results that are not there.
CREATE TABLE rfm_runs (
    id                     bigserial    PRIMARY KEY,
    merchant_id            text         COLLATE "C" NOT NULL,
    as_of                  date         NOT NULL,
    mode                   text         NOT NULL CHECK (mode IN ('run', 'backfill')),
    source                 text         NOT NULL,
    settings               jsonb        NOT NULL,
    status                 text         NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'abandoned')),
    started_at             timestamptz  NOT NULL DEFAULT clock_timestamp(),
    finished_at            timestamptz,
    host                   text,
    pid                    integer,
    rows_read              bigint,
    rows_skipped           bigint,
    skipped_by_reason      jsonb,
    duplicates_ignored     bigint,
    unknown_currency_rows  bigint,
    unknown_currencies     text[],
    customers_scored       integer,
    segment_counts         jsonb,
    wrote_history          boolean      NOT NULL DEFAULT false,
    wrote_current          boolean      NOT NULL DEFAULT false,
    error                  text,
    error_sqlstate         text
);
CREATE INDEX rfm_runs_merchant_as_of ON rfm_runs (merchant_id, as_of);

-- The current state: exactly the customers scored by the newest as-of run of each merchant.
-- Keys are COLLATE "C" (byte order): the job writes rows in that order, so index insertion
-- appends instead of splitting pages all over, and ORDER BY user_key is the same everywhere.
CREATE TABLE customer_ltv (
    merchant_id        text          COLLATE "C" NOT NULL,
    user_key           text          COLLATE "C" NOT NULL,
    email_sha256       text,
    as_of              date          NOT NULL,
    recency_days       integer       NOT NULL,
    frequency          integer       NOT NULL,
    monetary           numeric(16,2) NOT NULL,
    tenure_days        integer       NOT NULL,
    r_score            smallint      NOT NULL,
    f_score            smallint      NOT NULL,
    m_score            smallint      NOT NULL,
    rfm_score          smallint      NOT NULL,
    segment            text          NOT NULL,
    predictive_ltv     numeric(16,2) NOT NULL,
    first_purchase_at  timestamptz   NOT NULL,
    last_purchase_at   timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    run_id             bigint        NOT NULL,
    PRIMARY KEY (merchant_id, user_key)
);
CREATE INDEX customer_ltv_segment ON customer_ltv (merchant_id, segment);

-- One row per scored customer per as-of date. Partitioned by month of snapshot_date so old
-- months can be dropped whole; partitions are made by rfm_ensure_history_partition().
-- The unique key doubles as the trajectory index: (merchant, customer) then date.
CREATE TABLE customer_ltv_history (
    id              bigserial,
    merchant_id     text          COLLATE "C" NOT NULL,
    user_key        text          COLLATE "C" NOT NULL,
    snapshot_date   date          NOT NULL,
    snapshot_at     timestamptz   NOT NULL,
    rfm_score       smallint      NOT NULL,
    segment         text          NOT NULL,
    predictive_ltv  numeric(16,2) NOT NULL,
    monetary        numeric(16,2) NOT NULL,
    frequency       integer       NOT NULL,
    recency_days    integer       NOT NULL,
    r_score         smallint      NOT NULL,
    f_score         smallint      NOT NULL,
    m_score         smallint      NOT NULL,
    run_id          bigint        NOT NULL,
    UNIQUE (merchant_id, user_key, snapshot_date)
) PARTITION BY RANGE (snapshot_date);
ALTER SEQUENCE customer_ltv_history_id_seq CACHE 1000;

-- Creates the month partition holding `day` unless it exists. Called in its own short
-- transaction before a run writes: CREATE … PARTITION OF locks the parent table exclusively,
-- which must not be held for a whole run.
CREATE FUNCTION rfm_ensure_history_partition(day date) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    month_start date := date_trunc('month', day)::date;
    partition_name text := format('customer_ltv_history_%s', to_char(month_start, 'YYYY_MM'));
BEGIN
    IF to_regclass(partition_name) IS NULL THEN
        BEGIN
            EXECUTE format(
                'CREATE TABLE %I PARTITION OF customer_ltv_history FOR VALUES FROM (%L) TO (%L)',
                partition_name, month_start, (month_start + interval '1 month')::date);
        EXCEPTION WHEN duplicate_table THEN
            NULL;  -- another run made it between our check and our CREATE
        END;
    END IF;
    RETURN partition_name;
END
$$;
