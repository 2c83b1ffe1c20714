-- 110: the dashboard's six sort indexes (migration 080) only where they pay: on a large
-- merchant's own partition, not on the shared one (issues 15 and 19; docs/DASHBOARD.md).
--
-- 080 made them on customer_ltv, so on every partition. On the shared partition, which holds
-- every merchant under 50,000 customers, each night's DELETE and COPY of a batch's rows then
-- kept eight indexes instead of two: the fleet benchmark's steady night of 10,000 merchants of
-- 10 customers went from 2.2 s to 2.8 s, its COPY into customer_ltv from 0.75 s to 1.76 s of
-- server time (scripts/benchmarks/bench-fleet a, 2026-12-04), and the job fell under 3× faster
-- than the plain-SQL peer. A page of a merchant in the shared partition sorts its rows instead,
-- read by the primary key (merchant_id, user_key): under 50,000 of them, where a million rows
-- needed the index. The segment index stays on every partition: `export --segment`, the
-- report's counts and the segment filter read it for merchants of every size.
--
-- rfm_add_sort_indexes(table) builds them on one table: a large merchant's staged current state
-- (StagedCurrentState.build, before it is attached), a partition that rfm_give_own_partition
-- makes, and, on Citus, the shared partition (`migrate --distribute`: a distributed schema has
-- no partitions of its own, so every merchant's rows are there). Named after the table, shortened
-- with a hash past 38 characters so that no two names are cut to the same 63 bytes; IF NOT EXISTS
-- makes it safe to call again.
DROP INDEX customer_ltv_rfm_score, customer_ltv_predictive_ltv, customer_ltv_email_sha256,
    customer_ltv_segment_rfm_score, customer_ltv_segment_predictive_ltv, customer_ltv_segment_email_sha256;

CREATE FUNCTION rfm_add_sort_indexes(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    table_name text := (SELECT relname FROM pg_class WHERE oid = target);
    prefix text;
    sort record;
BEGIN
    prefix := CASE WHEN length(table_name) <= 38 THEN table_name
                   ELSE left(table_name, 25) || '_' || left(md5(table_name), 12) END;
    FOR sort IN SELECT * FROM (VALUES
            ('rfm_score', 'merchant_id, rfm_score, user_key'),
            ('predictive_ltv', 'merchant_id, predictive_ltv, user_key'),
            ('email_sha256', 'merchant_id, (coalesce(email_sha256, '''')), user_key'),
            ('segment_rfm_score', 'merchant_id, segment, rfm_score, user_key'),
            ('segment_predictive_ltv', 'merchant_id, segment, predictive_ltv, user_key'),
            ('segment_email_sha256', 'merchant_id, segment, (coalesce(email_sha256, '''')), user_key')
        ) AS s(suffix, columns) LOOP
        EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s (%s)', prefix || '_' || sort.suffix, target, sort.columns);
    END LOOP;
END
$$;

-- As 070's, the new partition given the sort indexes once its rows are in (one sorted pass each).
CREATE OR REPLACE FUNCTION rfm_give_own_partition(merchant text) RETURNS text
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
    PERFORM rfm_add_sort_indexes(quote_ident(partition_name)::regclass);
    RETURN partition_name;
END
$$;

-- The large merchants' partitions that exist: their sort indexes back, as their own.
SELECT rfm_add_sort_indexes(i.inhrelid::regclass)
FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
WHERE i.inhparent = 'customer_ltv'::regclass AND c.relname <> 'customer_ltv_shared';
