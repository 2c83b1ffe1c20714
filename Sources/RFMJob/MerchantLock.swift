import PostgresClient

/// A transaction-scoped advisory lock per merchant, so two runs touching the same merchant never
/// interleave. Released by COMMIT or ROLLBACK, and by the server if the process dies.
struct MerchantLock {
    let connection: Connection

    func acquire(_ merchant: String) throws {
        try connection.execute("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [Self.key(merchant)])
    }

    static func key(_ merchant: String) -> String { "rfm-nightly merchant " + merchant }
}
