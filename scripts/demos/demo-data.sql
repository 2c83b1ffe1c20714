-- Demo purchase events for three merchants over the two years before :'as_of' (a date).
-- Deterministic: the same as-of date always gives the same rows (setseed + generate_series).
-- Usage: psql -v as_of=2026-11-24 -f scripts/demos/demo-data.sql
\set ON_ERROR_STOP on
SELECT setseed(0.424242);

CREATE TEMP TABLE demo_merchants (merchant_id text, customers int, currencies text[], mean_order numeric) ;
INSERT INTO demo_merchants VALUES
    ('acme-outdoor',   2400, ARRAY['USD','USD','USD','EUR'], 85),
    ('bluebird-books', 900,  ARRAY['GBP','GBP','EUR'],       24),
    ('copper-kettle',  350,  ARRAY['USD','USD','CAD'],       40);  -- CAD has no rate: a warning

-- Customers: when they started, how often they buy, whether they have drifted away.
CREATE TEMP TABLE demo_customers AS
SELECT m.merchant_id, m.currencies, m.mean_order,
       format('%s-%s', left(m.merchant_id, 4), lpad(c::text, 5, '0')) AS user_key,
       CASE WHEN random() < 0.85
            THEN format('%s%s.%s@example.%s',
                        CASE WHEN random() < 0.1 THEN '  ' ELSE '' END,      -- stray spaces
                        (ARRAY['Ana','Ben','Chen','Dara','Eli','Fay','Gus','Hana'])[1 + floor(random() * 8)::int],
                        c, (ARRAY['com','COM','org'])[1 + floor(random() * 3)::int])
       END AS email,
       floor(random() * 720)::int AS first_days_ago,                      -- joined up to ~2 years ago
       CASE WHEN random() < 0.35 THEN 1 ELSE 2 + floor(power(random(), 2) * 18)::int END AS orders,
       CASE WHEN random() < 0.3 THEN floor(random() * 300)::int ELSE 0 END AS quiet_days  -- lapsed customers
FROM demo_merchants m, generate_series(1, m.customers) AS c;

-- Purchases, spread between each customer's first day and their last active day.
CREATE TEMP TABLE demo_purchases AS
SELECT c.merchant_id, c.user_key, c.email, c.currencies, o,
       format('%s-%s-%s', c.user_key, o, floor(random() * 1e6)::int) AS event_id,
       (:'as_of'::date - c.first_days_ago)::timestamptz
         + (CASE WHEN o = 1 THEN 0 ELSE random() * greatest(c.first_days_ago - c.quiet_days, 1) END) * interval '1 day'
         + random() * interval '20 hours' AS occurred_at,
       round((c.mean_order * (0.3 + random() * 1.7))::numeric, 2) AS amount,
       c.currencies[1 + floor(random() * array_length(c.currencies, 1))::int] AS currency
FROM demo_customers c, generate_series(1, c.orders) AS o;

INSERT INTO purchase_events (merchant_id, event_id, user_key, email, occurred_at, amount, currency, kind)
SELECT merchant_id, event_id, user_key, CASE WHEN random() < 0.9 THEN email END,
       occurred_at, amount, currency, 'purchase'
FROM demo_purchases
WHERE occurred_at < :'as_of'::date;

-- About 3% of orders come back: a refund of the whole order a few days later.
INSERT INTO purchase_events (merchant_id, event_id, user_key, email, occurred_at, amount, currency, kind)
SELECT merchant_id, 'refund-' || event_id, user_key, NULL, occurred_at + interval '6 days', amount, currency, 'refund'
FROM purchase_events
WHERE kind = 'purchase' AND random() < 0.03 AND occurred_at + interval '6 days' < :'as_of'::date;

-- A few rows that break SPEC §1, to show what the job does with them: skipped and counted.
INSERT INTO purchase_events (merchant_id, event_id, user_key, email, occurred_at, amount, currency, kind) VALUES
    ('acme-outdoor',   'bad-negative',  'acme-00001', NULL, :'as_of'::date - 3,  -12.00, 'USD', 'purchase'),
    ('acme-outdoor',   'bad-kind',      'acme-00002', NULL, :'as_of'::date - 4,   30.00, 'USD', 'chargeback'),
    ('bluebird-books', 'bad-currency',  'blue-00003', NULL, :'as_of'::date - 5,   18.50, 'gbp', 'purchase');

-- An event delivered twice by an at-least-once pipeline: counted once.
INSERT INTO purchase_events
SELECT * FROM purchase_events WHERE merchant_id = 'acme-outdoor' AND kind = 'purchase' ORDER BY event_id LIMIT 2;

SELECT merchant_id, count(*) AS events, count(DISTINCT user_key) AS customers
FROM purchase_events GROUP BY merchant_id ORDER BY merchant_id;
