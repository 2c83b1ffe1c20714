import PostgresClient

extension Connection {
    /// The first statement of a REPEATABLE READ transaction that reads `customer_ltv` after
    /// reading something else. A run empties a merchant's partition with TRUNCATE, which is not
    /// MVCC-safe: a snapshot taken before the run commits, reading the partition only after,
    /// would find it empty (PostgreSQL's TRUNCATE documentation). Taking the lock before the
    /// snapshot exists makes the reader either wait for the run's commit and see its rows, or
    /// hold the run's TRUNCATE off (it falls back to DELETE) and see the previous rows.
    /// A single statement in autocommit needs none of this: it takes its snapshot after its locks.
    public func lockCurrentStateForReading() throws {
        try LockTimeout.naming("reading the current state", relations: ["customer_ltv"]) {
            try execute("LOCK TABLE customer_ltv IN ACCESS SHARE MODE")
        }
    }
}
