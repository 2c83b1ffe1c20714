-- 090: one customer's history rows over a range of days, planned once per session (issue 15).
--
-- customer_ltv_history has a partition per day, so a drill-down's 90-day trajectory touches 90
-- partitions. Asked as a plain statement, PostgreSQL plans it afresh every time, each partition
-- and its index included: measured on the 1,000,000-customer benchmark merchant with 98 day
-- partitions, 3.3 ms of planning for 1.2 ms of execution, most of a drill-down's cost. A
-- PL/pgSQL function keeps its statement's plan for the session, and with plan_cache_mode forced
-- to generic for this function alone that plan is one for all arguments: the partitions outside
-- the range are pruned when it starts (from 2.5 to 1.2 ms a call, pgbench, one client). Forced
-- here rather than for the dashboard's sessions: the customer table's keyset pages want plans
-- made for their own values. The keys are compared in the columns' collation, "C", whatever the
-- database's default: the index is in that order, and mixed collations would refuse the comparison.
CREATE FUNCTION rfm_customer_trajectory(merchant text, customer text, after_date date, through_date date)
RETURNS TABLE (snapshot_date date, rfm_score smallint, segment text, predictive_ltv numeric)
LANGUAGE plpgsql STABLE
SET plan_cache_mode = force_generic_plan
AS $$
BEGIN
    RETURN QUERY
        SELECT h.snapshot_date, h.rfm_score, h.segment, h.predictive_ltv FROM customer_ltv_history h
        WHERE h.merchant_id = merchant COLLATE "C" AND h.user_key = customer COLLATE "C" AND h.snapshot_date > after_date AND h.snapshot_date <= through_date;
END
$$;
