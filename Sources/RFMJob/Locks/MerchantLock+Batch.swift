import PostgresClient
import RFMCore

/// A batch takes each of its merchants' locks, the same per-merchant advisory locks a run of one
/// merchant takes, in one statement. It does not wait: a merchant another run holds (an operator's
/// manual run during the night) is left out of the batch and run on its own afterwards, where it
/// waits for the lock as any run does.
extension MerchantLock {
    /// Tries every merchant's lock; returns those it could not take (the rest are now held).
    func tryAcquire(_ merchants: [String]) throws -> Set<ByteKey> {
        let busy = try connection.execute("""
            SELECT m FROM unnest($1::text[]) m WHERE NOT pg_try_advisory_lock(hashtextextended('rfm-nightly merchant ' || m, 0))
            """, [PostgresArray.text(merchants)])
        return Set(busy.rows.compactMap { row in row[0].map { ByteKey($0) } })
    }

    func release(_ merchants: [String]) {
        _ = try? connection.execute(
            "SELECT pg_advisory_unlock(hashtextextended('rfm-nightly merchant ' || m, 0)) FROM unnest($1::text[]) m",
            [PostgresArray.text(merchants)]
        )
    }
}
