-- The fleet benchmark's "peer" (scripts/bench --fleet): the nightly run in plain SQL for every
-- merchant at once, as a user with many merchants would write it — set-based, one transaction —
-- into the peer's own copies of the output tables (scripts/benchmarks/bench-peer.sql makes them):
--
--   CALL bench_peer.nightly_fleet('2026-06-01');
--
-- Scores from rfm_reference_scores_fleet (Tests/Fixtures/reference/reference-scores-fleet.sql); then the
-- current state upserted, customers who left deleted, the date's history replaced.
\set ON_ERROR_STOP on
CREATE OR REPLACE PROCEDURE bench_peer.nightly_fleet(as_of date, window_days int DEFAULT 365, horizon_days int DEFAULT 365)
LANGUAGE plpgsql AS $$
DECLARE
    partition_name text := format('customer_ltv_history_%s', to_char(as_of, 'YYYY_MM_DD'));
BEGIN
    IF to_regclass(format('bench_peer.%I', partition_name)) IS NULL THEN
        EXECUTE format('CREATE TABLE bench_peer.%I PARTITION OF bench_peer.customer_ltv_history FOR VALUES FROM (%L) TO (%L)',
                       partition_name, as_of, as_of + 1);
    END IF;
    COMMIT;
    -- As in bench-peer.sql: the planner's row estimates would make it join in nested loops.
    SET LOCAL enable_nestloop = off;
    CREATE TEMP TABLE peer_scores ON COMMIT DROP AS SELECT * FROM rfm_reference_scores_fleet(as_of, window_days, horizon_days);
    SET LOCAL enable_nestloop = on;
    ANALYZE peer_scores;

    INSERT INTO bench_peer.customer_ltv AS t (
        merchant_id, user_key, email_sha256, as_of, recency_days, frequency, monetary, tenure_days,
        r_score, f_score, m_score, rfm_score, segment, predictive_ltv, first_purchase_at, last_purchase_at,
        updated_at, run_id)
    SELECT s.merchant_id, s.user_key, s.email_sha256, as_of, s.recency_days, s.frequency, s.monetary, s.tenure_days,
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
    -- Customers who fell out of the window leave the current state (SPEC §6).
    DELETE FROM bench_peer.customer_ltv t
    WHERE NOT EXISTS (SELECT FROM peer_scores s WHERE s.merchant_id = t.merchant_id AND s.user_key COLLATE "C" = t.user_key);
    DELETE FROM bench_peer.customer_ltv_history h WHERE h.snapshot_date = as_of;
    INSERT INTO bench_peer.customer_ltv_history (
        merchant_id, user_key, snapshot_date, snapshot_at, rfm_score, segment, predictive_ltv, monetary,
        frequency, recency_days, r_score, f_score, m_score, run_id)
    SELECT s.merchant_id, s.user_key, as_of, now(), s.rfm_score, s.segment, s.predictive_ltv, s.monetary,
           s.frequency, s.recency_days, s.r_score, s.f_score, s.m_score, 0
    FROM peer_scores s;
    COMMIT;
END
$$;
