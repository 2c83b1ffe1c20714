import PostgresClient
import RFMConfig
import RFMCore

/// The table or view the job reads purchase events from (`--source`, default `purchase_events`),
/// checked before any merchant is read: it exists, and has SPEC §1's columns in usable types.
public struct SourceRelation: Sendable {
    /// As the user wrote it, for messages.
    public let name: String
    /// Schema-qualified and quoted by the server, safe to place in SQL text.
    public let quotedName: String
    /// An index leads with merchant_id: merchants can be listed by skipping through it.
    public let hasMerchantIndex: Bool

    public static let defaultName = EffectiveSettings.defaultSource

    /// Columns read as text (any type casts to text), and the two with real requirements.
    static let textColumns = ["merchant_id", "event_id", "user_key", "email", "currency", "kind"]
    static let timeTypes: Set<String> = ["timestamptz", "timestamp", "date"]
    /// The columns that identify: compared by bytes everywhere (SPEC §7).
    static let keyColumns = ["merchant_id", "event_id", "user_key"]

    public static func resolve(_ name: String, on connection: Connection) throws -> SourceRelation {
        let found: QueryResult
        do {
            found = try connection.execute("""
                SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), c.oid::text
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.oid = to_regclass($1)
                """, [name])
        } catch let error as PostgresError where error.sqlState?.errorClass == "42" {
            throw JobFailure(.missingInput, "source \"\(name)\" is not a valid relation name: \(error.message)")
        }
        guard found.rowCount == 1, let quotedName = found.value(0, 0), let oid = found.value(0, 1) else {
            throw JobFailure(.missingInput, "source relation \"\(name)\" does not exist (set --source to a table or view)")
        }
        let columns = try connection.execute("""
            SELECT a.attname, bt.typname, bt.typcategory
            FROM pg_attribute a
            JOIN pg_type t ON t.oid = a.atttypid
            JOIN pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
            WHERE a.attrelid = $1::oid AND a.attnum > 0 AND NOT a.attisdropped
            """, [oid])
        var types: [String: (name: String, category: String)] = [:]
        for row in columns.rows {
            types[row[0]!] = (row[1]!, row[2]!)
        }
        let required = textColumns + ["occurred_at", "amount"]
        let missing = required.filter { types[$0] == nil }
        guard missing.isEmpty else {
            throw JobFailure(
                .missingInput,
                "source relation \"\(name)\" has no column \(missing.joined(separator: ", ")) (SPEC §1 lists the columns it needs)"
            )
        }
        if let time = types["occurred_at"], !timeTypes.contains(time.name) {
            throw JobFailure(.missingInput, "column occurred_at of \"\(name)\" is \(time.name); it must be timestamptz, timestamp or date")
        }
        if let amount = types["amount"], amount.category != "N" {
            throw JobFailure(.missingInput, "column amount of \"\(name)\" is \(amount.name); it must be a number (numeric(14,2))")
        }
        try requireKeysCompareByBytes(oid: oid, relation: name, columns: keyColumns, on: connection)
        let indexed = try connection.execute("""
            SELECT EXISTS (
                SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                WHERE i.indrelid = $1::oid AND i.indisvalid AND a.attname = 'merchant_id')
            """, [oid]).scalar == "t"
        // A distributed table's index is per shard: no loose index scan through the coordinator.
        let distributed = try Distribution.isDistributed(relation: oid, on: connection)
        return SourceRelation(name: name, quotedName: quotedName, hasMerchantIndex: indexed && !distributed)
    }

    /// Refuses key columns under a nondeterministic collation (an ICU collation with
    /// `deterministic = false`): there `=` and `DISTINCT` treat canonically equivalent or
    /// case-folded ids as one, so one merchant's `WHERE merchant_id = …` would read another's
    /// rows. Deterministic collations (every default one, "C", ICU's defaults) break ties by bytes.
    static func requireKeysCompareByBytes(oid: String, relation name: String, columns: [String], on connection: Connection) throws {
        let loose = try connection.execute("""
            SELECT a.attname, co.collname FROM pg_attribute a JOIN pg_collation co ON co.oid = a.attcollation
            WHERE a.attrelid = $1::oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attname = ANY($2::text[])
              AND NOT co.collisdeterministic
            ORDER BY a.attnum LIMIT 1
            """, [oid, "{" + columns.joined(separator: ",") + "}"])
        if loose.rowCount == 1, let column = loose.value(0, 0), let collation = loose.value(0, 1) {
            throw JobFailure(
                .missingInput,
                "column \(column) of \"\(name)\" uses the nondeterministic collation \"\(collation)\": ids must compare by bytes (SPEC §7); use \(column) COLLATE \"C\" in the view"
            )
        }
    }

    /// Merchants with at least one row in the source, in byte order. With an index leading on
    /// merchant_id, a loose index scan finds each next merchant with one index probe (a few
    /// milliseconds for millions of rows); otherwise one pass over the source.
    public func merchants(on connection: Connection) throws -> [String] {
        // On Citus (`hasMerchantIndex` is false for a distributed table) the workers' DISTINCT
        // runs in parallel; Citus plans a recursive CTE only with a filter on the distribution column.
        let sql = hasMerchantIndex
            ? """
              WITH RECURSIVE merchant(id) AS (
                  SELECT min(merchant_id) FROM \(quotedName)
                  UNION ALL
                  SELECT (SELECT min(merchant_id) FROM \(quotedName) WHERE merchant_id > merchant.id)
                  FROM merchant WHERE merchant.id IS NOT NULL)
              SELECT id::text FROM merchant WHERE id IS NOT NULL
              """
            : "SELECT DISTINCT merchant_id::text FROM \(quotedName) WHERE merchant_id IS NOT NULL"
        return try connection.execute(sql).rows.compactMap { $0[0] }.sortedByBytes()
    }
}
