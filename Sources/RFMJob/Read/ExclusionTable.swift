import PostgresClient
import RFMCore

/// The optional exclusion table (`exclusion_table` in the configuration): a table or view with
/// columns `merchant_id` and `user_key`; each row leaves that customer out of that merchant's
/// runs, and a row with a NULL merchant_id leaves the key out for every merchant. A merchant's
/// keys are loaded into a set in the run's transaction (the same snapshot as its events) and
/// checked once per customer, not per row; the source query stays as it is. Keys compare by bytes
/// (SPEC §7), whatever collation the table's columns have: "\u{C5}" excludes only itself, not
/// the canonically equivalent "\u{212B}".
enum ExclusionTable {
    static func keys(in name: String, merchant: String, on connection: Connection) throws -> Set<ByteKey> {
        try keys(in: name, merchants: [merchant], on: connection)[ByteKey(merchant)] ?? []
    }

    /// The keys of several merchants (a batch's), in one query.
    static func keys(in name: String, merchants: [String], on connection: Connection) throws -> [ByteKey: Set<ByteKey>] {
        let found: QueryResult
        do {
            found = try connection.execute("""
                SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname),
                       bool_or(a.attname = 'merchant_id'), bool_or(a.attname = 'user_key')
                FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                WHERE c.oid = to_regclass($1)
                GROUP BY 1
                """, [name])
        } catch let error as PostgresError where error.sqlState?.errorClass == "42" {
            throw JobFailure(.missingInput, "exclusion table \"\(name)\" is not a valid relation name: \(error.message)")
        }
        guard found.rowCount == 1, let quotedName = found.value(0, 0) else {
            throw JobFailure(.missingInput, "exclusion table \"\(name)\" does not exist (see exclusion_table in the configuration)")
        }
        guard found.value(0, 1) == "t", found.value(0, 2) == "t" else {
            throw JobFailure(.missingInput, "exclusion table \"\(name)\" needs the columns merchant_id and user_key")
        }
        // A row without a merchant excludes its key for every merchant.
        let result = try connection.execute("""
            SELECT DISTINCT m, e.user_key::text COLLATE "C" FROM \(quotedName) e
            JOIN unnest($1::text[]) m ON e.merchant_id IS NULL OR e.merchant_id::text COLLATE "C" = m
            WHERE e.user_key IS NOT NULL
            """, [PostgresArray.text(merchants)])
        var keys: [ByteKey: Set<ByteKey>] = [:]
        for row in result.rows {
            if let merchant = row[0], let key = row[1] { keys[ByteKey(merchant), default: []].insert(ByteKey(key)) }
        }
        return keys
    }
}
