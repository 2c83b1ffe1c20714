-- rfm_reference_scores_fleet(as_of, window_days, horizon_days): rfm_reference_scores
-- (Tests/Fixtures/reference/reference-scores.sql) for every merchant at once, set-based: the same SQL with
-- each grouping, join and ranking also by merchant_id. The fleet benchmark's peer (scripts/bench
-- --fleet) and an independent reference for a fleet's scores. Written by transforming that file's
-- query, so the two say the same thing.
CREATE OR REPLACE FUNCTION rfm_reference_scores_fleet(as_of date, window_days int, horizon_days int)
RETURNS TABLE (
    merchant_id text, user_key text, email_sha256 text, recency_days int, frequency int, monetary numeric,
    tenure_days int, r_score int, f_score int, m_score int, rfm_score int, segment text,
    predictive_ltv numeric, first_purchase_at timestamptz, last_purchase_at timestamptz
)
LANGUAGE sql STABLE AS $$
WITH params AS (
    SELECT as_of,
           as_of::timestamp AT TIME ZONE 'UTC' AS cutoff,
           (as_of - window_days)::timestamp AT TIME ZONE 'UTC' AS window_start
),
-- §1: rows that keep the contract, before the cutoff (§2), with per-event USD cents (§3).
valid AS (
    SELECT e.merchant_id::text COLLATE "C" AS merchant_id, e.event_id, e.user_key, e.email, e.occurred_at, e.kind, e.currency,
           round(e.amount * coalesce(fx.usd_rate, 1), 2) AS usd,
           e.occurred_at >= p.window_start AS in_window
    FROM purchase_events e
    CROSS JOIN params p
    LEFT JOIN fx_rates fx ON fx.currency = e.currency
    WHERE e.occurred_at < p.cutoff AND isfinite(e.occurred_at)
      AND e.event_id IS NOT NULL AND e.user_key IS NOT NULL AND e.amount IS NOT NULL
      AND e.currency IS NOT NULL AND e.kind IS NOT NULL
      AND e.kind IN ('purchase', 'refund')
      AND e.amount <> 'NaN' AND e.amount >= 0 AND e.amount = round(e.amount, 2)
      AND e.currency ~ '^[A-Z]{3}$'
),
-- A repeated event id counts once; an id whose copies disagree is not counted at all.
window_events AS (
    SELECT v.merchant_id, min(v.user_key) AS user_key, min(v.occurred_at) AS occurred_at, min(v.kind) AS kind, min(v.usd) AS usd
    FROM valid v
    WHERE v.in_window
    GROUP BY v.merchant_id, v.event_id
    HAVING count(DISTINCT (v.user_key, v.occurred_at, v.kind, v.currency, v.usd)) = 1
),
per_customer AS (
    SELECT w.merchant_id, w.user_key,
           count(*) FILTER (WHERE w.kind = 'purchase') AS frequency,
           greatest(coalesce(sum(w.usd) FILTER (WHERE w.kind = 'purchase'), 0)
                    - coalesce(sum(w.usd) FILTER (WHERE w.kind = 'refund'), 0), 0) AS monetary,
           max(w.occurred_at) FILTER (WHERE w.kind = 'purchase') AS last_purchase_at
    FROM window_events w
    GROUP BY w.merchant_id, w.user_key
    HAVING count(*) FILTER (WHERE w.kind = 'purchase') > 0
),
-- The first purchase: the earliest valid purchase row before the cutoff, over all time.
first_purchase AS (
    SELECT v.merchant_id, v.user_key, min(v.occurred_at) AS first_purchase_at
    FROM valid v WHERE v.kind = 'purchase'
    GROUP BY v.merchant_id, v.user_key
),
-- The most recent non-blank email before the cutoff; at equal times the greater address.
latest_email AS (
    SELECT DISTINCT ON (v.merchant_id, v.user_key) v.merchant_id, v.user_key, v.email
    FROM valid v
    WHERE v.email IS NOT NULL AND btrim(v.email, E' \t\n\r\f\v') <> ''
    ORDER BY v.merchant_id, v.user_key, v.occurred_at DESC, v.email COLLATE "C" DESC
),
measures AS (
    SELECT c.merchant_id, c.user_key, c.frequency::int AS frequency, c.monetary, c.last_purchase_at,
           f.first_purchase_at,
           (p.as_of - (c.last_purchase_at AT TIME ZONE 'UTC')::date) AS recency_days,
           (p.as_of - (f.first_purchase_at AT TIME ZONE 'UTC')::date) AS tenure_days,
           encode(sha256(convert_to(lower(btrim(m.email, E' \t\n\r\f\v')), 'UTF8')), 'hex') AS email_sha256
    FROM per_customer c
    CROSS JOIN params p
    JOIN first_purchase f ON f.merchant_id = c.merchant_id AND f.user_key = c.user_key
    LEFT JOIN latest_email m ON m.merchant_id = c.merchant_id AND m.user_key = c.user_key
),
-- §4: c_i = customers no better than i (ties included), counted by a RANGE window.
ranked AS (
    SELECT m.*, count(*) OVER (PARTITION BY m.merchant_id) AS n,
           count(*) OVER (PARTITION BY m.merchant_id ORDER BY m.recency_days DESC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS c_r,
           count(*) OVER (PARTITION BY m.merchant_id ORDER BY m.frequency RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS c_f,
           count(*) OVER (PARTITION BY m.merchant_id ORDER BY m.monetary RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS c_m
    FROM measures m
),
scored AS (
    SELECT r.*, ((5 * r.c_r + r.n - 1) / r.n)::int AS r_q, ((5 * r.c_f + r.n - 1) / r.n)::int AS f_q,
           ((5 * r.c_m + r.n - 1) / r.n)::int AS m_q
    FROM ranked r
)
SELECT s.merchant_id, s.user_key, s.email_sha256, s.recency_days, s.frequency, s.monetary, s.tenure_days,
       s.r_q, s.f_q, s.m_q, 7 * s.r_q + 8 * s.f_q + 5 * s.m_q,
       CASE WHEN 7 * s.r_q + 8 * s.f_q + 5 * s.m_q >= 81 THEN 'champion'
            WHEN 7 * s.r_q + 8 * s.f_q + 5 * s.m_q >= 61 THEN 'loyal'
            WHEN 7 * s.r_q + 8 * s.f_q + 5 * s.m_q >= 41 THEN 'at_risk'
            WHEN 7 * s.r_q + 8 * s.f_q + 5 * s.m_q >= 21 THEN 'lost'
            ELSE 'new' END,
       -- §5: monetary × H/W × 0.95^(r/30) [16 places] × max(0.85, 0.94 − 0.005·t/30), to cents.
       round(s.monetary * horizon_days
             * round(power(0.95::numeric(40,38), s.recency_days::numeric(60,38) / 30), 16)
             * (5640 - least(s.tenure_days, 540)) / (window_days * 6000), 2),
       s.first_purchase_at, s.last_purchase_at
FROM scored s
ORDER BY s.merchant_id, s.user_key COLLATE "C"
$$;
