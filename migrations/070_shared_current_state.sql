-- 070: a catalog that does not grow with merchants (issue 19; docs/DECISIONS.md "Write path").
--
-- Since 040 every merchant had a partition of customer_ltv: fine for hundreds of merchants, but a
-- platform has tens of thousands, and then every query over customer_ltv opens (and locks) them
-- all — `SELECT count(*) FROM customer_ltv` fails with "out of shared memory" on a default server
-- at 10,000 — and every new merchant's first run creates one. Now:
--
-- * customer_ltv_shared, the DEFAULT partition, holds every small merchant's rows. A night writes
--   many of them in one transaction: DELETE of the batch's merchants, one COPY.
-- * A large merchant (its current state built beside the history on a second connection, from
--   50,000 customers) gets a partition of its own when that staged table is swapped in, and keeps
--   it: its rows still go into fresh storage every night. There are few such merchants.
-- * rfm_merchants: one row per merchant that has succeeded once, with what the next night needs
--   to know of it (its size, its last success) without reading the whole run ledger.
--
-- The per-merchant partitions of small merchants are merged into customer_ltv_shared by
-- `rfm-nightly migrate` after this file, a few dozen per transaction (rfm_merge_into_shared):
-- one transaction touching 10,000 partitions would itself run out of lock memory.

CREATE TABLE customer_ltv_shared PARTITION OF customer_ltv DEFAULT;

-- The name a large merchant's own partition gets: readable (the id folded to [a-z0-9_]) and
-- unique (a hash of the exact id), as migration 040 named every merchant's.
CREATE FUNCTION rfm_own_partition_name(merchant text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT format('customer_ltv_%s_%s',
        left(trim(BOTH '_' FROM regexp_replace(lower(merchant), '[^a-z0-9]+', '_', 'g')), 32), left(md5(merchant), 12))
$$;

-- Where the merchant's current state lives: its own partition if it has one, else the shared
-- one. Creates nothing (040's version created a partition per merchant).
CREATE OR REPLACE FUNCTION rfm_ensure_current_partition(merchant text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce(
        (SELECT c.relname::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
         WHERE i.inhparent = 'customer_ltv'::regclass AND c.relname = rfm_own_partition_name(merchant)),
        'customer_ltv_shared')
$$;

-- Moves one merchant partition's rows into customer_ltv_shared and drops it; returns the rows
-- moved. In the caller's transaction: the merchant's rows are in one place or the other, never
-- both, never neither.
CREATE FUNCTION rfm_merge_into_shared(partition_name text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    moved bigint;
BEGIN
    EXECUTE format('ALTER TABLE customer_ltv DETACH PARTITION %I', partition_name);
    EXECUTE format('INSERT INTO customer_ltv_shared SELECT * FROM %I ORDER BY merchant_id, user_key', partition_name);
    GET DIAGNOSTICS moved = ROW_COUNT;
    EXECUTE format('DROP TABLE %I', partition_name);
    RETURN moved;
END
$$;

-- Kept by the transactions that write results (RunLedger), so it always agrees with rfm_runs.
CREATE TABLE rfm_merchants (
    merchant_id      text         COLLATE "C" PRIMARY KEY,
    -- Of the newest succeeded run (a backfill's: its one read; customers: its newest date).
    rows_read        bigint       NOT NULL,
    customers        integer      NOT NULL,
    last_success_at  timestamptz  NOT NULL,
    -- The as-of date customer_ltv holds, and the newest snapshot in history (succeeded runs).
    current_as_of    date,
    newest_as_of     date
);
INSERT INTO rfm_merchants (merchant_id, rows_read, customers, last_success_at, current_as_of, newest_as_of)
SELECT DISTINCT ON (merchant_id) merchant_id, coalesce(rows_read, 0), coalesce(customers_scored, 0),
       max(finished_at) OVER w, max(as_of) FILTER (WHERE wrote_current) OVER w, max(as_of) FILTER (WHERE wrote_history) OVER w
FROM rfm_runs WHERE status = 'succeeded' AND finished_at IS NOT NULL
WINDOW w AS (PARTITION BY merchant_id)
ORDER BY merchant_id, id DESC;

-- Gives a merchant a partition of its own, with its rows moved there from customer_ltv_shared,
-- in the caller's (short) transaction: readers see the rows in one place or the other. It locks
-- customer_ltv first (and with it every partition), before anything else: the order every
-- writer takes (the parent, then a partition), so that it cannot deadlock with a batch's write
-- or another merchant's swap, only wait for them. Returns the partition's name.
CREATE FUNCTION rfm_give_own_partition(merchant text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    partition_name text := rfm_own_partition_name(merchant);
BEGIN
    IF to_regclass(quote_ident(partition_name)) IS NOT NULL THEN
        RETURN partition_name;
    END IF;
    LOCK TABLE customer_ltv IN ACCESS EXCLUSIVE MODE;
    CREATE TEMPORARY TABLE rfm_moving ON COMMIT DROP AS SELECT * FROM customer_ltv_shared WHERE merchant_id = merchant;
    DELETE FROM customer_ltv_shared WHERE merchant_id = merchant;
    EXECUTE format('CREATE TABLE %I PARTITION OF customer_ltv FOR VALUES IN (%L)', partition_name, merchant);
    EXECUTE format('INSERT INTO %I SELECT * FROM rfm_moving ORDER BY user_key', partition_name);
    DROP TABLE rfm_moving;
    RETURN partition_name;
END
$$;

-- Runs still marked running, found per merchant without walking its whole ledger: what every
-- run (and every batch of hundreds of merchants) asks before it starts (`abandonStale`).
CREATE INDEX rfm_runs_running ON rfm_runs (merchant_id) WHERE status = 'running';
