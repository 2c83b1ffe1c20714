import PostgresClient

/// Tables a large merchant's run staged (`customer_ltv_run_<run id>`) and left standing: none,
/// once a run or its rerun has finished, whatever was killed when.
enum StagedTables {
    static func leftovers(on connection: Connection) throws -> [String] {
        try connection.execute("""
            SELECT relname::text FROM pg_class WHERE relname LIKE 'customer\\_ltv\\_run\\_%' AND relkind = 'r' AND NOT relispartition ORDER BY 1
            """).rows.map { $0[0]! }
    }
}
