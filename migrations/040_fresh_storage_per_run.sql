-- 040: every nightly write lands in fresh storage (issue 5; docs/DECISIONS.md "Write path").
--
-- Before, a night replaced a merchant's rows in place: DELETE, then COPY into a primary key full
-- of the dead keys it had just deleted (every insertion visited the dead row's heap tuple and
-- split an index page in the middle), and history rows went into the month's unique index one
-- per customer, between that customer's earlier days, so each night touched every leaf page of
-- the month (and wrote a full-page image of each to the WAL). Now:
--
-- * customer_ltv is partitioned by merchant. A run TRUNCATEs its merchant's partition inside
--   its transaction (new, empty files; the old ones stay until COMMIT, so a rollback or a kill
--   restores them) and COPYs into it: the index only appends.
-- * customer_ltv_history gets one partition per day (months made before 040 stay as they are
--   and keep their days). A night's rows go into that day's partition, which holds nothing else
--   of the merchant: its unique key (merchant_id, user_key, snapshot_date) only appends, and
--   trajectory look-ups by (merchant_id, user_key) probe one small index per day.

-- customer_ltv, rebuilt as a partitioned table with the same columns, keys and indexes.
ALTER TABLE customer_ltv RENAME TO customer_ltv_before_040;
ALTER INDEX customer_ltv_pkey RENAME TO customer_ltv_before_040_pkey;
ALTER INDEX customer_ltv_segment RENAME TO customer_ltv_before_040_segment;
CREATE TABLE customer_ltv (
    LIKE customer_ltv_before_040 INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING COMMENTS,
    PRIMARY KEY (merchant_id, user_key)
) PARTITION BY LIST (merchant_id);
CREATE INDEX customer_ltv_segment ON customer_ltv (merchant_id, segment);

-- Runs `ddl` (a CREATE TABLE … PARTITION OF) unless a table called `name` exists. Two runs may
-- race to make the same partition: the loser's duplicate_table is the winner's success.
CREATE FUNCTION rfm_create_partition_once(name text, ddl text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    IF to_regclass(quote_ident(name)) IS NULL THEN
        BEGIN
            EXECUTE ddl;
        EXCEPTION WHEN duplicate_table THEN
            NULL;
        END;
    END IF;
    RETURN name;
END
$$;

-- Creates the merchant's partition of customer_ltv unless it exists; returns its name. Called
-- in its own short transaction before a run: CREATE … PARTITION OF locks the parent table
-- exclusively, which must not be held for a whole run. The name is readable (the merchant's
-- id, folded to [a-z0-9_]) and unique (a hash of the exact id).
CREATE FUNCTION rfm_ensure_current_partition(merchant text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    partition_name text := format('customer_ltv_%s_%s',
        left(trim(BOTH '_' FROM regexp_replace(lower(merchant), '[^a-z0-9]+', '_', 'g')), 32),
        left(md5(merchant), 12));
BEGIN
    RETURN rfm_create_partition_once(partition_name,
        format('CREATE TABLE %I PARTITION OF customer_ltv FOR VALUES IN (%L)', partition_name, merchant));
END
$$;

SELECT rfm_ensure_current_partition(merchant_id) FROM (SELECT DISTINCT merchant_id FROM customer_ltv_before_040) m;
INSERT INTO customer_ltv SELECT * FROM customer_ltv_before_040 ORDER BY merchant_id, user_key;
DROP TABLE customer_ltv_before_040;

-- History: a day's partition from now on, unless a month partition made before 040 holds the day.
CREATE OR REPLACE FUNCTION rfm_ensure_history_partition(day date) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    month_name text := format('customer_ltv_history_%s', to_char(day, 'YYYY_MM'));
    day_name text := format('customer_ltv_history_%s', to_char(day, 'YYYY_MM_DD'));
BEGIN
    IF to_regclass(month_name) IS NOT NULL THEN
        RETURN month_name;
    END IF;
    RETURN rfm_create_partition_once(day_name,
        format('CREATE TABLE %I PARTITION OF customer_ltv_history FOR VALUES FROM (%L) TO (%L)', day_name, day, day + 1));
END
$$;
