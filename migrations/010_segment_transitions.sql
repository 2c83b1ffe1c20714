-- 010: segment transitions, the feed that starts journeys on "entered champion" or "became at_risk".
--
-- For each snapshot date of a merchant, one row per customer whose segment differs from the
-- merchant's previous snapshot (the newest earlier snapshot_date in customer_ltv_history):
--   from_segment NULL  the customer was not scored before (entered scoring),
--   to_segment NULL    the customer is no longer scored (no purchase left in the window).
-- The first snapshot of a merchant is a baseline and has no rows. The run that writes a snapshot
-- writes its transitions in the same transaction, and a backfill also rewrites the transitions of
-- the next snapshot, so the table always equals the differences between consecutive snapshots.
-- Keys are COLLATE "C" and rows are written in user-key byte order, as in customer_ltv.
CREATE TABLE segment_transitions (
    merchant_id     text         COLLATE "C" NOT NULL,
    as_of           date         NOT NULL,
    user_key        text         COLLATE "C" NOT NULL,
    from_segment    text,
    to_segment      text,
    -- The snapshot compared against.
    previous_as_of  date         NOT NULL CHECK (previous_as_of < as_of),
    -- The run that wrote the row (a backfill writes the next snapshot's rows too).
    run_id          bigint       NOT NULL,
    recorded_at     timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (merchant_id, as_of, user_key),
    CHECK (from_segment IS DISTINCT FROM to_segment)
);
