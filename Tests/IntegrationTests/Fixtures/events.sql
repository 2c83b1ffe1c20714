-- Integration fixture. As-of 2026-03-01 (window [2025-03-01, 2026-03-01)) and 2026-04-15.
-- Expected values for the named customers are worked out by hand in FixtureTests.swift; every
-- customer is also checked against Tests/Fixtures/reference/reference-scores.sql.

INSERT INTO purchase_events (merchant_id, event_id, user_key, email, occurred_at, amount, currency, kind) VALUES
    -- alice: three currencies, a refund, a first purchase before the window, two emails.
    ('m-alpha', 'a-0', 'alice', 'alice.old@example.com', '2024-08-01 10:00+00',   5.00, 'USD', 'purchase'),
    ('m-alpha', 'a-1', 'alice', NULL,                    '2025-06-15 12:00+00',  20.00, 'GBP', 'purchase'),
    ('m-alpha', 'a-2', 'alice', NULL,                    '2025-12-01 12:00+00',  50.00, 'USD', 'purchase'),
    ('m-alpha', 'a-3', 'alice', '  Alice@Example.COM ',  '2026-02-10 09:30+00', 100.00, 'EUR', 'purchase'),
    ('m-alpha', 'a-4', 'alice', NULL,                    '2026-02-20 10:00+00',  10.00, 'USD', 'refund'),
    -- bob: one event delivered twice (counts once) and one id with two different amounts (skipped).
    ('m-alpha', 'b-1', 'bob', 'bob@example.org', '2025-09-09 08:00+00', 30.00, 'USD', 'purchase'),
    ('m-alpha', 'b-1', 'bob', 'bob@example.org', '2025-09-09 08:00+00', 30.00, 'USD', 'purchase'),
    ('m-alpha', 'b-x', 'bob', NULL,              '2025-10-10 08:00+00', 40.00, 'USD', 'purchase'),
    ('m-alpha', 'b-x', 'bob', NULL,              '2025-10-10 08:00+00', 45.00, 'USD', 'purchase'),
    -- carol: a purchase at the very first instant of the window, and one at the cutoff (ignored).
    ('m-alpha', 'c-1', 'carol', NULL, '2025-03-01 00:00:00+00', 12.34, 'USD', 'purchase'),
    ('m-alpha', 'c-2', 'carol', NULL, '2026-03-01 00:00:00+00', 99.00, 'USD', 'purchase'),
    -- dave: a refund larger than his purchase.
    ('m-alpha', 'd-1', 'dave', NULL, '2026-01-05 15:00+00', 20.00, 'EUR', 'purchase'),
    ('m-alpha', 'd-2', 'dave', NULL, '2026-01-09 15:00+00', 50.00, 'EUR', 'refund'),
    -- erin: bought only before the window: not scored.
    ('m-alpha', 'e-1', 'erin', NULL, '2024-12-01 12:00+00', 40.00, 'USD', 'purchase'),
    -- frank: bought only in the window's first weeks: scored on 2026-03-01, gone by 2026-04-15.
    ('m-alpha', 'f-1', 'frank', NULL, '2025-03-20 12:00+00', 60.00, 'USD', 'purchase'),
    ('m-alpha', 'f-2', 'frank', NULL, '2025-04-01 12:00+00', 15.00, 'USD', 'purchase'),
    -- kim: her earliest purchase is an id with two conflicting copies. Neither counts in the
    -- window, but a purchase happened then: the first purchase (tenure) is still 2025-05-01.
    ('m-alpha', 'k-x', 'kim', NULL, '2025-05-01 12:00+00', 10.00, 'USD', 'purchase'),
    ('m-alpha', 'k-x', 'kim', NULL, '2025-05-01 12:00+00', 11.00, 'USD', 'purchase'),
    ('m-alpha', 'k-1', 'kim', NULL, '2026-01-01 12:00+00', 20.00, 'USD', 'purchase'),
    -- rows that break SPEC §1: skipped and counted.
    ('m-alpha', 'g-1', 'grace', NULL, '2026-02-01 12:00+00', -5.00, 'USD', 'purchase'),
    ('m-alpha', 'h-1', 'heidi', NULL, '2026-02-02 12:00+00', 25.00, 'USD', 'chargeback'),
    ('m-alpha', 'i-1', 'ivan',  NULL, '2026-02-03 12:00+00', 25.00, 'eur', 'purchase'),
    ('m-alpha', 'j-1', 'judy',  NULL, '2026-02-04 12:00+00', 'NaN', 'USD', 'purchase'),

    -- m-beta: four customers small enough to rank by hand (GBP 1.18).
    ('m-beta', 'p1-1', 'p1', NULL, '2026-02-27 12:00+00',  10.00, 'GBP', 'purchase'),
    ('m-beta', 'p2-1', 'p2', NULL, '2026-02-27 18:00+00',  10.00, 'GBP', 'purchase'),
    ('m-beta', 'p3-1', 'p3', NULL, '2025-11-11 12:00+00',  10.00, 'GBP', 'purchase'),
    ('m-beta', 'p3-2', 'p3', NULL, '2025-12-11 12:00+00',  30.00, 'GBP', 'purchase'),
    ('m-beta', 'p4-1', 'p4', NULL, '2025-04-01 12:00+00', 100.00, 'GBP', 'purchase'),

    -- m-gamma: a currency without a rate, counted at 1.0 with a warning.
    ('m-gamma', 'q1-1', 'q1', NULL, '2026-01-15 12:00+00', 10.00, 'CAD', 'purchase');

-- 300 generated m-alpha customers with skewed frequencies, three currencies, refunds and
-- history before the window: volume for the quintiles, checked against the reference only.
INSERT INTO purchase_events (merchant_id, event_id, user_key, email, occurred_at, amount, currency, kind)
SELECT 'm-alpha', format('gen-%s-%s', c, k), format('gen-%s', lpad(c::text, 3, '0')),
       CASE WHEN c % 3 = 0 THEN format('Gen%s@Example.com', c) END,
       timestamptz '2026-03-01 00:00+00' - ((c * 37 + k * 53) % 500) * interval '1 day' - (c % 24) * interval '1 hour',
       ((c * 131 + k * 17) % 20000) / 100.0,
       (ARRAY['USD', 'EUR', 'GBP'])[1 + (c + k) % 3],
       CASE WHEN k % 11 = 10 THEN 'refund' ELSE 'purchase' END
FROM generate_series(1, 300) AS c, generate_series(1, 1 + (c * c) % 9) AS k;
