-- 080: the indexes `rfm-nightly serve` sorts the customer table by (issue 15; docs/DASHBOARD.md).
--
-- The dashboard pages a merchant's customers with keyset pagination:
--   WHERE merchant_id = $1 AND (col, user_key) > ($2, $3) ORDER BY col, user_key LIMIT n + 1
-- which reads n + 1 index entries wherever the page is, if an index holds (merchant_id, col,
-- user_key) in that order; descending pages walk the same index backwards. user_key order is
-- the primary key's. email_sha256 may be NULL, and a row comparison with NULL is NULL, so the
-- table sorts by coalesce(email_sha256, ''): customers without an email first.
--
-- customer_segment becomes (merchant_id, segment, user_key): it still serves `export --segment`
-- and the report's counts, and a second index on (merchant_id, segment) would cost every night's
-- write without serving anything the wider one does not.
--
-- Created on the partitioned table, so on every partition (the shared one and each large
-- merchant's). A large merchant's staged current state (StagedCurrentState.build) builds the same
-- indexes before it is attached, so ATTACH PARTITION adopts them instead of building them under
-- the run's lock.
DROP INDEX customer_ltv_segment;
CREATE INDEX customer_ltv_segment ON customer_ltv (merchant_id, segment, user_key);
CREATE INDEX customer_ltv_rfm_score ON customer_ltv (merchant_id, rfm_score, user_key);
CREATE INDEX customer_ltv_predictive_ltv ON customer_ltv (merchant_id, predictive_ltv, user_key);
CREATE INDEX customer_ltv_email_sha256 ON customer_ltv (merchant_id, (coalesce(email_sha256, '')), user_key);

-- Filtered to a segment (the page's main filter) and sorted by another column: the segment's
-- rows are a run of an index led by (merchant_id, segment). Without these, the highest LTVs of
-- an at_risk filter lie behind every champion's (measured on the 1,000,000-customer benchmark
-- merchant: 217,201 rows skipped, 416 ms, against a few index entries).
CREATE INDEX customer_ltv_segment_rfm_score ON customer_ltv (merchant_id, segment, rfm_score, user_key);
CREATE INDEX customer_ltv_segment_predictive_ltv ON customer_ltv (merchant_id, segment, predictive_ltv, user_key);
CREATE INDEX customer_ltv_segment_email_sha256 ON customer_ltv (merchant_id, segment, (coalesce(email_sha256, '')), user_key);

-- The drill-down's purchase timeline: one customer's events in the window (queried by
-- md5(user_key) = md5($2) AND user_key = $2). The source's index
-- (merchant_id, occurred_at) would read every event of the merchant's window (10,000,000 for the
-- benchmark merchant: 5 s a page). Costs the source's inserts one more index entry; a source
-- that is a view over the merchant's own tables needs the same on theirs (docs/DASHBOARD.md).
-- By md5(user_key), not the key itself: the source accepts keys too long for a btree entry (the
-- job skips and counts them), and an index on the key would refuse their insert.
CREATE INDEX purchase_events_merchant_user ON purchase_events (merchant_id, md5(user_key), occurred_at);
