-- Benchmark purchase events for a fleet of small merchants (issue 19): :merchants merchants of
-- :customers customers each, two years of history up to the end of :'last_day'. Used by
-- scripts/bench's fleet scenarios, beside or instead of scripts/benchmarks/bench-data.sql's large merchant.
--
--   psql -v last_day=2026-06-01 -v merchants=10000 -v customers=10 -f scripts/benchmarks/bench-fleet-data.sql
--
-- Deterministic, like bench-data.sql: every choice is a hash of (merchant, customer, order,
-- stream). Each customer places 1 to 9 orders (4.7 on average: 10,000 merchants of 10 customers
-- make about 470,000 events), spread over the two years; 3 % are refunds of an earlier order;
-- currencies USD 80 %, EUR 12 %, GBP 8 %; 85 % of customers have an email. Appends to
-- purchase_events; the caller rebuilds statistics (VACUUM ANALYZE) afterwards.
\set ON_ERROR_STOP on
SET work_mem = '512MB';

CREATE FUNCTION pg_temp.fleet_u(key bigint, stream int) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT (hashint8extended(key, stream) & 4503599627370495)::double precision / 4503599627370496.0 $$;

INSERT INTO purchase_events (merchant_id, event_id, user_key, email, occurred_at, amount, currency, kind)
SELECT format('fleet-%s', lpad(m::text, 6, '0')),
       format('o-%s-%s', c, o),
       format('cus_%s', left(md5(m || ':' || c), 12)),
       CASE WHEN pg_temp.fleet_u(ckey, 1) < 0.85 THEN format('buyer%s.%s@example.com', m, c) END,
       (:'last_day'::date + 1)::timestamp AT TIME ZONE 'UTC'
           - make_interval(secs => floor(pg_temp.fleet_u(okey, 2) * 730 * 86400)::bigint + 1),
       round((5 + 195 * power(pg_temp.fleet_u(okey, 3), 2))::numeric, 2),
       CASE WHEN pg_temp.fleet_u(okey, 4) < 0.80 THEN 'USD' WHEN pg_temp.fleet_u(okey, 4) < 0.92 THEN 'EUR' ELSE 'GBP' END,
       CASE WHEN o > 1 AND pg_temp.fleet_u(okey, 5) < 0.03 THEN 'refund' ELSE 'purchase' END
FROM generate_series(1, :merchants) AS m,
     generate_series(1, :customers) AS c,
     LATERAL (SELECT (m::bigint << 20 | c) AS ckey) k,
     LATERAL generate_series(1, 1 + floor(pg_temp.fleet_u(k.ckey, 6) * 8.4)::int) AS o,
     LATERAL (SELECT k.ckey << 8 | o AS okey) ok;
