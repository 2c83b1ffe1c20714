import RFMCore

/// `--format csv` and `--format jsonl`: the same six fields, for journey tools.
/// A null segment (newly scored, or no longer scored) is an empty CSV field and JSON null.
public enum TransitionCSV {
    public static let header = ["as_of", "user_key", "email_sha256", "from_segment", "to_segment", "previous_as_of"]

    public static func write(_ row: SegmentTransitionRow, to writer: inout CSVWriter) {
        writer.number(row.asOf.description)
        writer.text(row.userKey)
        writer.text(row.emailSHA256)
        writer.text(row.from)
        writer.text(row.to)
        writer.number(row.previousAsOf.description)
        writer.endRecord()
    }

    public static func json(_ row: SegmentTransitionRow) -> JSONValue {
        .object([
            ("as_of", .date(row.asOf)), ("user_key", .string(row.userKey)), ("email_sha256", .string(row.emailSHA256)),
            ("from_segment", .string(row.from)), ("to_segment", .string(row.to)), ("previous_as_of", .date(row.previousAsOf)),
        ])
    }
}
