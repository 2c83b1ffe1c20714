import PostgresClient
import RFMCore

/// Streams one merchant's events before the cutoff out of the source with binary
/// `COPY … TO STDOUT` and feeds them, row by row and without copying, to an accumulator.
/// Memory stays flat however many rows there are; the server and this process work at once.
struct EventReader {
    let connection: Connection
    let source: SourceRelation

    /// The seven columns `decode` reads, in its order. Casts make a merchant's own view
    /// (varchar keys, integer ids, float amounts, timestamps without zone) arrive in one shape.
    static let columns = """
        event_id::text, user_key::text, email::text, occurred_at::timestamptz, \
        amount::numeric, currency::text, kind::text
        """

    /// Rows between two progress reports.
    static let progressInterval = 1 << 18

    /// Reads every row of `merchant` before `cutoff` (a date's midnight UTC) into `sink`, and the
    /// rows without a time (a view can have them), which the sink skips as `null_field` (SPEC §7);
    /// reports the count every `progressInterval` rows. Returns the number of rows read.
    @discardableResult
    func read<Sink: EventSink>(
        merchant: String, before cutoff: CivilDate, into sink: inout Sink, progress: ((Int) -> Void)? = nil
    ) throws -> Int {
        // COPY takes no parameters: the merchant id is quoted by libpq, the cutoff is ours. Two
        // branches rather than one `OR`, so each keeps its index condition on (merchant_id, occurred_at).
        let merchantID = try connection.quoteLiteral(merchant)
        let sql = """
            COPY (SELECT \(Self.columns) FROM \(source.quotedName)
                  WHERE merchant_id::text = \(merchantID) AND occurred_at < timestamptz '\(cutoff) 00:00:00+00'
                  UNION ALL
                  SELECT \(Self.columns) FROM \(source.quotedName)
                  WHERE merchant_id::text = \(merchantID) AND occurred_at IS NULL)
            TO STDOUT (FORMAT binary)
            """
        var decoder = BinaryCopyDecoder()
        var rows = 0
        try connection.copyOut(sql) { message in
            try decoder.decode(message) { fields in
                rows += 1
                sink.add(try Self.decode(&fields))
                if rows & (Self.progressInterval - 1) == 0 { progress?(rows) }
                if rows == 1 { Failpoint.hit("read") }  // mid-COPY: the server is still sending
            }
        }
        return rows
    }

    /// Rows at or after the cutoff: ignored by definition (SPEC §2), counted for the summary.
    /// Cheap with the recommended index on (merchant_id, occurred_at).
    func countAfter(_ cutoff: CivilDate, merchant: String) throws -> Int {
        let result = try connection.execute(
            "SELECT count(*) FROM \(source.quotedName) WHERE merchant_id::text = $1 AND occurred_at >= $2::timestamptz",
            [merchant, "\(cutoff) 00:00:00+00"]
        )
        return Int(result.scalar ?? "0") ?? 0
    }

    @inline(__always)
    static func decode(_ fields: inout BinaryCopyDecoder.Fields) throws -> EventRow {
        let eventID = try fields.next()
        let userKey = try fields.next()
        let email = try fields.next()
        let occurredAt = try fields.next().map { field -> EventTime in
            try PostgresTime.unixMicroseconds(fromTimestampField: field).map(EventTime.unixMicroseconds) ?? .infinite
        }
        let amount = try fields.next().map { AmountReading(try PostgresNumeric.cents(fromField: $0)) }
        let currency = try fields.next()
        let kind = try fields.next()
        return EventRow(
            eventID: eventID, userKey: userKey, email: email, occurredAt: occurredAt,
            amount: amount, currency: currency, kind: kind
        )
    }
}

extension AmountReading {
    init(_ numeric: PostgresNumeric.Cents) {
        switch numeric {
        case .cents(let cents): self = .cents(cents)
        case .fractionOfCent: self = .fractionOfCent
        case .notANumber: self = .notANumber
        case .infinite, .outOfRange: self = .outOfRange
        }
    }
}
