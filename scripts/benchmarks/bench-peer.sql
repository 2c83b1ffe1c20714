-- The benchmark's "peer": the nightly run as a user might write it in plain SQL instead of
-- running rfm-nightly. Scores come from rfm_reference_scores (Tests/Fixtures/reference/reference-scores.sql,
-- SPEC §2–§5 with window functions; the integration tests prove it agrees with the job on every
-- column); this file adds the writing, into the peer's own copies of the output tables:
--
--   CALL bench_peer.nightly('2026-06-01');
--
-- Per merchant, one transaction, like the job: score into a temporary table, upsert the current
-- state with INSERT … ON CONFLICT DO UPDATE, delete the customers who left the window, replace
-- the date's history rows. The peer's tables are empty before its first night and hold its
-- previous night after that, exactly as the job's do, so "night 2" is the steady state for both.
-- Needs rfm_reference_scores and the tables of `rfm-nightly migrate`.
\set ON_ERROR_STOP on
CREATE SCHEMA IF NOT EXISTS bench_peer;

-- Same columns, keys, indexes and defaults as the job's tables (the history id shares the job's
-- sequence). History is partitioned by day like the original; partitions are made as needed.
-- The current table is one plain table, as a user writing an upsert would have it (the job's is
-- partitioned by merchant so that it can empty a merchant's rows with TRUNCATE; an upsert gains
-- nothing from that).
CREATE TABLE IF NOT EXISTS bench_peer.customer_ltv (LIKE public.customer_ltv INCLUDING ALL);
CREATE TABLE IF NOT EXISTS bench_peer.customer_ltv_history (LIKE public.customer_ltv_history INCLUDING ALL)
    PARTITION BY RANGE (snapshot_date);

CREATE OR REPLACE PROCEDURE bench_peer.nightly(as_of date, window_days int DEFAULT 365, horizon_days int DEFAULT 365)
LANGUAGE plpgsql AS $$
DECLARE
    partition_name text := format('customer_ltv_history_%s', to_char(as_of, 'YYYY_MM_DD'));
    merchants text[];
    merchant text;
    t0 timestamptz;
    t1 timestamptz;
    t2 timestamptz;
    t3 timestamptz;
    scored bigint;
BEGIN
    IF to_regclass(format('bench_peer.%I', partition_name)) IS NULL THEN
        EXECUTE format('CREATE TABLE bench_peer.%I PARTITION OF bench_peer.customer_ltv_history FOR VALUES FROM (%L) TO (%L)',
                       partition_name, as_of, as_of + 1);
    END IF;
    COMMIT;
    -- Every merchant with a row in the source, as the job finds them.
    SELECT array_agg(m ORDER BY m) INTO merchants
    FROM (SELECT DISTINCT merchant_id::text COLLATE "C" AS m FROM purchase_events WHERE merchant_id IS NOT NULL) AS found;

    FOREACH merchant IN ARRAY coalesce(merchants, '{}') LOOP
        -- The reference query's many row filters make the planner expect a few hundred rows where
        -- there are millions, and it then joins per-customer aggregates in nested loops: hours at
        -- this scale. Turning nested loops off for this one statement is the fix a user would make.
        t0 := clock_timestamp();
        SET LOCAL enable_nestloop = off;
        CREATE TEMP TABLE peer_scores ON COMMIT DROP AS
        SELECT * FROM rfm_reference_scores(merchant, as_of, window_days, horizon_days);
        SET LOCAL enable_nestloop = on;
        ANALYZE peer_scores;
        t1 := clock_timestamp();

        INSERT INTO bench_peer.customer_ltv AS t (
            merchant_id, user_key, email_sha256, as_of, recency_days, frequency, monetary, tenure_days,
            r_score, f_score, m_score, rfm_score, segment, predictive_ltv, first_purchase_at, last_purchase_at,
            updated_at, run_id)
        SELECT merchant, s.user_key, s.email_sha256, as_of, s.recency_days, s.frequency, s.monetary, s.tenure_days,
               s.r_score, s.f_score, s.m_score, s.rfm_score, s.segment, s.predictive_ltv, s.first_purchase_at,
               s.last_purchase_at, now(), 0
        FROM peer_scores s
        ON CONFLICT (merchant_id, user_key) DO UPDATE SET
            email_sha256 = excluded.email_sha256, as_of = excluded.as_of, recency_days = excluded.recency_days,
            frequency = excluded.frequency, monetary = excluded.monetary, tenure_days = excluded.tenure_days,
            r_score = excluded.r_score, f_score = excluded.f_score, m_score = excluded.m_score,
            rfm_score = excluded.rfm_score, segment = excluded.segment, predictive_ltv = excluded.predictive_ltv,
            first_purchase_at = excluded.first_purchase_at, last_purchase_at = excluded.last_purchase_at,
            updated_at = excluded.updated_at, run_id = excluded.run_id;
        GET DIAGNOSTICS scored = ROW_COUNT;
        t2 := clock_timestamp();

        -- Customers who fell out of the window leave the current state (SPEC §6).
        DELETE FROM bench_peer.customer_ltv t
        WHERE t.merchant_id = merchant
          AND NOT EXISTS (SELECT FROM peer_scores s WHERE s.user_key COLLATE "C" = t.user_key);

        t3 := clock_timestamp();

        -- A rerun for a date replaces that date's rows.
        DELETE FROM bench_peer.customer_ltv_history h WHERE h.merchant_id = merchant AND h.snapshot_date = as_of;
        INSERT INTO bench_peer.customer_ltv_history (
            merchant_id, user_key, snapshot_date, snapshot_at, rfm_score, segment, predictive_ltv, monetary,
            frequency, recency_days, r_score, f_score, m_score, run_id)
        SELECT merchant, s.user_key, as_of, now(), s.rfm_score, s.segment, s.predictive_ltv, s.monetary,
               s.frequency, s.recency_days, s.r_score, s.f_score, s.m_score, 0
        FROM peer_scores s;
        -- For scripts/bench's breakdown: milliseconds per step (the commit is not included).
        RAISE NOTICE 'peer merchant=% customers=% score_ms=% upsert_ms=% delete_left_ms=% history_ms=%', merchant, scored,
            round(extract(epoch FROM t1 - t0) * 1000), round(extract(epoch FROM t2 - t1) * 1000),
            round(extract(epoch FROM t3 - t2) * 1000), round(extract(epoch FROM clock_timestamp() - t3) * 1000);
        COMMIT;
    END LOOP;
END
$$;
