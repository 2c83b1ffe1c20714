-- 003: find one merchant's rows of one snapshot date directly. A run deletes them before writing
-- (a rerun replaces a date); with only the unique key (merchant_id, user_key, snapshot_date) that
-- DELETE had to walk every row of the merchant in the month to find the date's. Rows arrive in
-- date order, so this index only ever grows at its right edge; duplicates compress (PG 13+).
CREATE INDEX customer_ltv_history_date_merchant ON customer_ltv_history (snapshot_date, merchant_id);
