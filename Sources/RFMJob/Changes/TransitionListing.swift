import PostgresClient
import RFMCore

/// `rfm-nightly changes`: a merchant's segment transitions since a date, streamed in (as_of,
/// user_key) order — the primary key's order, so nothing is sorted or held in memory.
public struct TransitionListing {
    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    /// Calls `onRow` for each transition with as_of ≥ `since` (inclusive), optionally only those
    /// into or out of a segment. Returns the number of rows.
    @discardableResult
    public func stream(
        merchant: String, since: CivilDate, toSegment: String? = nil, fromSegment: String? = nil,
        _ onRow: (SegmentTransitionRow) throws -> Void
    ) throws -> Int {
        _ = try MerchantDirectory(connection: connection).calendar(of: merchant)
        for segment in [toSegment, fromSegment].compactMap({ $0 }) { try checkSegment(segment, merchant: merchant) }
        var conditions = ["t.merchant_id = \(try connection.quoteLiteral(merchant))", "t.as_of >= date '\(since)'"]
        if let toSegment { conditions.append("t.to_segment = \(try connection.quoteLiteral(toSegment))") }
        if let fromSegment { conditions.append("t.from_segment = \(try connection.quoteLiteral(fromSegment))") }
        let sql = """
            COPY (SELECT t.as_of, t.user_key, c.email_sha256, t.from_segment, t.to_segment, t.previous_as_of
                  FROM segment_transitions t
                  LEFT JOIN customer_ltv c ON c.merchant_id = t.merchant_id AND c.user_key = t.user_key
                  WHERE \(conditions.joined(separator: " AND "))
                  ORDER BY t.as_of, t.user_key)
            TO STDOUT (FORMAT binary)
            """
        var rows = 0
        var decoder = BinaryCopyDecoder()
        try connection.copyOut(sql) { message in
            try decoder.decode(message) { fields in
                let row = SegmentTransitionRow(
                    asOf: try CopyField.date(try fields.next()), userKey: try CopyField.requiredText(try fields.next()),
                    emailSHA256: CopyField.text(try fields.next()), from: CopyField.text(try fields.next()),
                    to: CopyField.text(try fields.next()), previousAsOf: try CopyField.date(try fields.next())
                )
                rows += 1
                try onRow(row)
            }
        }
        return rows
    }

    /// A segment neither the merchant's scheme nor any of its transitions has is a typo.
    func checkSegment(_ segment: String, merchant: String) throws {
        let known = try SegmentCatalog.segments(of: merchant, on: connection)
        guard !known.contains(segment) else { return }
        let seen = try connection.execute("""
            SELECT 1 FROM segment_transitions WHERE merchant_id = $1 AND (to_segment = $2 OR from_segment = $2) LIMIT 1
            """, [merchant, segment]).rowCount > 0
        guard !seen else { return }
        throw JobFailure(.usage, "unknown segment \"\(segment)\" for merchant \"\(merchant)\" (its segments: \(known.joined(separator: ", ")))")
    }
}
