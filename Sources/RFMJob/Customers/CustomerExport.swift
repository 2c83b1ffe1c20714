import PostgresClient
import RFMCore

/// `rfm-nightly export`: a merchant's current customers as CSV for Klaviyo, Mailchimp or an ad
/// platform, filtered the way seed 000's playbook filters them.
///
/// Rows stream from `COPY (SELECT …) TO STDOUT` in binary, ordered by user key (the primary key
/// serves that order, so the server does not sort either) and are written out as they arrive:
/// memory stays flat whether the export holds ten rows or ten million.
public struct CustomerExport {
    /// The playbook's filters. Minimums are inclusive: `--min-score 35` keeps a score of 35 and
    /// `--min-ltv 180` an LTV of exactly $180.00 ("do not spend where LTV is *lower* than the
    /// cost to re-engage").
    public struct Filter: Sendable, Equatable {
        /// Empty: every segment.
        public var segments: [String] = []
        public var minimumScore: Int?
        public var minimumLTVCents: Int64?

        public init(segments: [String] = [], minimumScore: Int? = nil, minimumLTVCents: Int64? = nil) {
            self.segments = segments
            self.minimumScore = minimumScore
            self.minimumLTVCents = minimumLTVCents
        }

        /// A minimum LTV as given in dollars ("180", "180.50"): cents, or nil for anything else
        /// (a negative amount, a third decimal, a word).
        public static func cents(dollars text: String) -> Int64? {
            Cents.parseDecimal(text[...], scale: 2).flatMap { $0 >= 0 ? $0 : nil }
        }

        /// The filter as conditions on customer_ltv, for `export`'s COPY and the dashboard's
        /// pages alike. `value` writes a value into the statement: a quoted literal (COPY takes
        /// no parameters) or a parameter's placeholder. One segment is an `=`: PostgreSQL 15
        /// reads an index led by (merchant_id, segment) in order only for an equality, not for
        /// a list (several segments are a filter on the sort column's index instead).
        public func conditions(_ value: (String) throws -> String) rethrows -> [String] {
            var conditions: [String] = []
            if segments.count == 1 {
                conditions.append("segment = \(try value(segments[0]))")
            } else if !segments.isEmpty {
                conditions.append("segment IN (\(try segments.map(value).joined(separator: ", ")))")
            }
            if let minimumScore { conditions.append("rfm_score >= \(try value(String(minimumScore)))::smallint") }
            if let minimumLTVCents { conditions.append("predictive_ltv >= \(try value(Cents.format(minimumLTVCents)))::numeric") }
            return conditions
        }
    }

    public struct Summary: Sendable, Equatable {
        public var asOf: CivilDate?
        public var rows: Int
    }

    public static let header = ["user_key", "email_sha256", "segment", "rfm_score", "predictive_ltv"]

    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// Writes the CSV (header first) through `write`, a chunk at a time.
    public func export(
        merchant: String, filter: Filter, formulaGuard: Bool = true, _ write: ([UInt8]) throws -> Void
    ) throws -> Summary {
        let calendar = try MerchantDirectory(connection: connection).calendar(of: merchant)
        try checkSegments(filter.segments, merchant: merchant)
        var writer = CSVWriter(formulaGuard: formulaGuard)
        writer.record(Self.header)
        var rows = 0
        var decoder = BinaryCopyDecoder()
        try connection.copyOut(try sql(merchant: merchant, filter: filter)) { message in
            try decoder.decode(message) { fields in
                writer.text(bytes: try fields.next())           // user_key
                writer.text(bytes: try fields.next())           // email_sha256
                writer.text(bytes: try fields.next())           // segment
                writer.number(String(try CopyField.integer(try fields.next())))
                writer.number(Cents.format(try CopyField.cents(try fields.next())))
                writer.endRecord()
                rows += 1
            }
            if writer.count >= 1 << 16 { try write(writer.drain()) }
        }
        try write(writer.drain())
        return Summary(asOf: calendar.current, rows: rows)
    }

    /// COPY takes no parameters: text values are quoted by libpq, numbers are formatted here.
    func sql(merchant: String, filter: Filter) throws -> String {
        let conditions = ["merchant_id = \(try connection.quoteLiteral(merchant))"] + (try filter.conditions(connection.quoteLiteral))
        return """
            COPY (SELECT user_key, email_sha256, segment, rfm_score, predictive_ltv FROM customer_ltv
                  WHERE \(conditions.joined(separator: " AND ")) ORDER BY user_key)
            TO STDOUT (FORMAT binary)
            """
    }

    /// A segment the merchant's scheme does not have is a typo ("at-risk"), not an empty list.
    public func checkSegments(_ segments: [String], merchant: String) throws {
        guard !segments.isEmpty else { return }
        let known = try SegmentCatalog.segments(of: merchant, on: connection)
        let unknown = segments.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw JobFailure(.usage, "unknown segment \(unknown.map { "\"\($0)\"" }.joined(separator: ", ")) for merchant \"\(merchant)\" (its segments: \(known.joined(separator: ", ")))")
        }
    }
}
