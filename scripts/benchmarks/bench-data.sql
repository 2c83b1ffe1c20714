-- Benchmark purchase events: one large merchant and a few small ones, two years of history up to
-- the end of :'last_day' (a date; events are < last_day + 1 at 00:00 UTC). Used by scripts/bench.
--
--   psql -v last_day=2026-06-01 -v big_customers=1000000 -v big_events=10000000 \
--        -v small_merchants=4 -v small_customers=20000 -v small_events=200000 -f scripts/benchmarks/bench-data.sql
--
-- Deterministic without setseed or row order: every random choice is a hash of (merchant,
-- customer, order, stream) through hashint8extended, so the same settings give the same rows
-- however the plan runs. Each merchant gets exactly its requested number of events (before the
-- ~0.05 % exact repeats an at-least-once pipeline adds).
--
-- Shape (per merchant): customers join over the two years, more of them recently (a growing
-- shop); about a third buy once; the others buy 2…~100 times (a power-law-ish tail); 30 % have
-- lapsed for up to ~13 months; currencies USD 70 %, EUR 14 %, GBP 10 %, CAD 6 % (CAD has no
-- rate in fx_rates: counted at 1.0 with a warning); ~3 % of rows are refunds; 85 % of customers
-- have an email, carried by 90 % of their rows, some with stray spaces or capitals.
--
-- Expects an empty purchase_events from `rfm-nightly migrate`. Loads in time order without the
-- index, then rebuilds it; the caller runs VACUUM (FREEZE, ANALYZE) afterwards.
\set ON_ERROR_STOP on
SET work_mem = '512MB';
SET maintenance_work_mem = '1GB';

-- u(key, stream): a uniform double in [0, 1) from 52 bits of a 64-bit hash.
CREATE FUNCTION pg_temp.u(key bigint, stream int) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT (hashint8extended(key, stream) & 4503599627370495)::double precision / 4503599627370496.0 $$;

CREATE TEMP TABLE bench_merchants (merchant_no int, merchant_id text, customers int, events bigint, mean_order numeric);
INSERT INTO bench_merchants VALUES (1, 'mega-mart', :big_customers, :big_events, 60);
INSERT INTO bench_merchants
SELECT 1 + k, format('small-shop-%s', lpad(k::text, 2, '0')), :small_customers, :small_events, 20 + 10 * k
FROM generate_series(1, :small_merchants) AS k;

-- Customers. ckey = merchant_no · 2^24 + customer number; an event's key is ckey · 4096 + order.
CREATE TEMP TABLE bench_customers AS
WITH base AS (
    SELECT m.merchant_no, m.merchant_id, m.customers, m.events, m.mean_order, c,
           m.merchant_no::bigint * 16777216 + c AS ckey
    FROM bench_merchants m, generate_series(1, m.customers) AS c
),
shaped AS (
    SELECT b.*,
           floor(730 * power(pg_temp.u(ckey, 1), 1.5))::int AS start_ago,        -- first day, days before last_day
           pg_temp.u(ckey, 2) < 1.0 / 3 AS buys_once,
           CASE WHEN pg_temp.u(ckey, 3) < 0.3 THEN floor(pg_temp.u(ckey, 4) * 400)::int ELSE 0 END AS quiet_days,
           pg_temp.u(ckey, 5) AS order_draw
    FROM base b
)
SELECT s.merchant_no, s.merchant_id, s.c, s.ckey, s.start_ago,
       least(s.quiet_days, s.start_ago) AS end_ago,                              -- last active day
       s.buys_once, s.order_draw,
       format('cus_%s', left(md5(s.merchant_id || ':' || s.c), 16)) AS user_key,
       CASE WHEN pg_temp.u(s.ckey, 6) < 0.85 THEN
            format('%s%s.%s@%s',
                   CASE WHEN pg_temp.u(s.ckey, 7) < 0.05 THEN ' ' ELSE '' END,   -- stray space
                   (ARRAY['ana','ben','chen','dara','eli','fay','gus','hana','Ivo','JO'])[1 + floor(pg_temp.u(s.ckey, 8) * 10)::int],
                   s.c, (ARRAY['example.com','example.org','Example.COM','mail.test'])[1 + floor(pg_temp.u(s.ckey, 9) * 4)::int])
       END AS email,
       s.mean_order * (0.4 + 1.6 * power(pg_temp.u(s.ckey, 10), 2)) AS mean_order
FROM shaped s;

-- Orders per customer: 1 for a third; 2 + extra for the others, the extras shared out in
-- proportion to v^3 (a long tail) so that they add up exactly to what the target leaves:
-- floor of each share, then one more for the first repeat buyers until the total is exact.
CREATE TEMP TABLE bench_weights AS
SELECT c.merchant_no, c.ckey, c.buys_once,
       CASE WHEN c.buys_once THEN 0 ELSE power(c.order_draw, 3) END::numeric AS weight,
       row_number() OVER (PARTITION BY c.merchant_no, c.buys_once ORDER BY c.ckey) AS repeat_rank
FROM bench_customers c;

CREATE TEMP TABLE bench_extra AS
SELECT m.merchant_no,
       m.events - count(*) FILTER (WHERE w.buys_once) - 2 * count(*) FILTER (WHERE NOT w.buys_once) AS extra,
       sum(w.weight) AS total_weight
FROM bench_merchants m JOIN bench_weights w USING (merchant_no)
GROUP BY m.merchant_no, m.events;

DO $$
BEGIN
    IF EXISTS (SELECT FROM bench_extra WHERE extra < 0 OR total_weight = 0) THEN
        RAISE EXCEPTION 'too few events for the customers: need about 1.7 events per customer at least';
    END IF;
END $$;

CREATE TEMP TABLE bench_shares AS
SELECT w.merchant_no, w.ckey, w.buys_once, w.repeat_rank,
       floor(x.extra * w.weight / x.total_weight)::int AS extra_floor
FROM bench_weights w JOIN bench_extra x USING (merchant_no);

CREATE TEMP TABLE bench_orders AS
SELECT s.ckey,
       CASE WHEN s.buys_once THEN 1
            ELSE 2 + s.extra_floor + CASE WHEN s.repeat_rank <= x.extra - t.floors THEN 1 ELSE 0 END
       END AS orders
FROM bench_shares s
JOIN bench_extra x USING (merchant_no)
JOIN (SELECT merchant_no, sum(extra_floor) AS floors FROM bench_shares GROUP BY merchant_no) t USING (merchant_no);

DO $$
DECLARE wrong text;
BEGIN
    SELECT string_agg(format('%s: %s of %s', m.merchant_id, o.total, m.events), ', ') INTO wrong
    FROM bench_merchants m
    JOIN (SELECT c.merchant_no, sum(o.orders) AS total
          FROM bench_orders o JOIN bench_customers c USING (ckey) GROUP BY c.merchant_no) o USING (merchant_no)
    WHERE o.total <> m.events;
    IF wrong IS NOT NULL THEN RAISE EXCEPTION 'event totals off target: %', wrong; END IF;
    IF (SELECT max(orders) FROM bench_orders) >= 4096 THEN
        RAISE EXCEPTION 'more than 4095 orders for one customer: ask for fewer events per customer';
    END IF;
END $$;

-- Events. Order 1 is on the customer's first day; later ones fall uniformly between the first
-- and the last active day, at a uniform time of day. Order > 1 is a refund with p = 0.033
-- (~3 % of all rows), of an order-sized amount. ~0.05 % of rows arrive twice, identical.
DROP INDEX IF EXISTS purchase_events_merchant_time;

INSERT INTO purchase_events (merchant_id, event_id, user_key, email, occurred_at, amount, currency, kind)
SELECT e.merchant_id, e.event_id, e.user_key, e.email, e.occurred_at, e.amount, e.currency, e.kind
FROM (
    SELECT c.merchant_id,
           format('ord-%s-%s', c.c, o) AS event_id,
           c.user_key,
           CASE WHEN pg_temp.u(ekey, 21) < 0.9 THEN c.email END AS email,
           ((:'last_day'::date - c.start_ago
             + CASE WHEN o = 1 THEN 0 ELSE floor(pg_temp.u(ekey, 22) * (c.start_ago - c.end_ago + 1))::int END
            )::timestamp + pg_temp.u(ekey, 23) * interval '86399 seconds') AT TIME ZONE 'UTC' AS occurred_at,
           round((c.mean_order * (0.5 + pg_temp.u(ekey, 24)))::numeric, 2) AS amount,
           CASE WHEN cur < 0.70 THEN 'USD' WHEN cur < 0.84 THEN 'EUR' WHEN cur < 0.94 THEN 'GBP' ELSE 'CAD' END AS currency,
           CASE WHEN o > 1 AND pg_temp.u(ekey, 26) < 0.033 THEN 'refund' ELSE 'purchase' END AS kind,
           CASE WHEN pg_temp.u(ekey, 27) < 0.0005 THEN 2 ELSE 1 END AS copies
    FROM bench_customers c
    JOIN bench_orders n USING (ckey)
    CROSS JOIN LATERAL generate_series(1, n.orders) AS o
    CROSS JOIN LATERAL (SELECT c.ckey * 4096 + o AS ekey) AS k
    CROSS JOIN LATERAL (SELECT pg_temp.u(c.ckey * 4096 + o, 25) AS cur) AS pick
) e
CROSS JOIN LATERAL generate_series(1, e.copies) AS copy
-- Stored in arrival order, as a real events table is: by time, merchants interleaved. (Grouped
-- by merchant instead, a small merchant's rows would sit in a few pages and read unrealistically
-- cheaply; interleaved, its index scan touches pages all over the table.)
ORDER BY e.occurred_at;

CREATE INDEX purchase_events_merchant_time ON purchase_events (merchant_id, occurred_at);
