import PostgresClient
import RFMCore

/// `rfm-nightly runs`: the run ledger, newest first, as an operator or auditor reads it.
public struct RunListing {
    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    public struct Entry: Sendable, Equatable {
        public let runID: Int64
        public let merchant: String
        public let asOf: String
        public let mode: String
        public let status: String
        /// Full SHA-256 hex; nil for runs recorded before settings were hashed.
        public let settingsHash: String?
        public let customersScored: Int?
        public let rowsRead: Int?
        public let rowsSkipped: Int?
        public let rowsExcluded: Int?
        /// Milliseconds from start to finish; nil while running.
        public let durationMilliseconds: Int64?
        /// A later successful run for the same merchant and date, whose rows replaced this one's.
        public let replacedBy: Int64?
        /// Which process ran it, `host:pid`: with `--share`, several hosts divide a night.
        public var process: String? = nil

        /// "succeeded", or "replaced by 7" when a later run rewrote the date.
        public var statusText: String { replacedBy.map { "replaced by \($0)" } ?? status }
    }

    public func entries(merchant: String? = nil, limit: Int = 50) throws -> [Entry] {
        let result = try connection.execute("""
            SELECT id::text, merchant_id, as_of::text, mode, status, settings_hash, customers_scored::text,
                   rows_read::text, rows_skipped::text, excluded_rows::text,
                   (extract(epoch FROM finished_at - started_at) * 1000)::bigint::text,
                   (SELECT min(later.id)::text FROM rfm_runs later
                    WHERE r.status = 'succeeded' AND later.status = 'succeeded' AND later.id > r.id
                      AND later.merchant_id = r.merchant_id AND later.as_of = r.as_of),
                   host || ':' || pid
            FROM rfm_runs r
            WHERE $1::text IS NULL OR merchant_id = $1
            ORDER BY r.id DESC  -- the table's bigint: a bare "id" would be the text column above
            LIMIT $2::integer
            """, [merchant, String(limit)])
        return result.rows.map { row in
            Entry(
                runID: Int64(row[0]!)!, merchant: row[1] ?? "", asOf: row[2] ?? "", mode: row[3] ?? "",
                status: row[4] ?? "", settingsHash: row[5], customersScored: row[6].flatMap { Int($0) },
                rowsRead: row[7].flatMap { Int($0) }, rowsSkipped: row[8].flatMap { Int($0) },
                rowsExcluded: row[9].flatMap { Int($0) }, durationMilliseconds: row[10].flatMap { Int64($0) },
                replacedBy: row[11].flatMap { Int64($0) }, process: row[12]
            )
        }
    }

    /// A table with a header; numbers right-aligned, "-" where there is nothing to show.
    public static func render(_ entries: [Entry]) -> String {
        let header = ["run", "merchant", "as of", "mode", "status", "settings", "customers", "rows read", "skipped", "excluded", "duration", "process"]
        let rightAligned: Set<Int> = [0, 6, 7, 8, 9, 10]
        let rows = entries.map { entry -> [String] in
            func count(_ value: Int?) -> String { value.map(RunSummaryText.grouped) ?? "-" }
            return [
                String(entry.runID), entry.merchant, entry.asOf, entry.mode, entry.statusText,
                entry.settingsHash.map { String($0.prefix(12)) } ?? "-",
                count(entry.customersScored), count(entry.rowsRead), count(entry.rowsSkipped), count(entry.rowsExcluded),
                entry.durationMilliseconds.map { RunSummaryText.seconds(.milliseconds($0)) } ?? "-",
                entry.process ?? "-",
            ]
        }
        return NumberText.table([header] + rows, indent: "", rightAligned: rightAligned).map { $0 + "\n" }.joined()
    }
}
