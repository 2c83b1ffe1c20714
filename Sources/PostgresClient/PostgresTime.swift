/// PostgreSQL's binary `timestamptz` counts microseconds, and `date` days, from 2000-01-01 UTC.
public enum PostgresTime {
    public static let unixDayOfPostgresEpoch: Int64 = 10_957
    public static let unixMicrosecondsOfPostgresEpoch: Int64 = 946_684_800_000_000

    /// A binary `timestamptz` field as microseconds since the Unix epoch;
    /// nil for `infinity` and `-infinity`, which have no instant.
    @inline(__always)
    public static func unixMicroseconds(fromTimestampField field: UnsafeRawBufferPointer) throws -> Int64? {
        guard field.count == 8 else {
            throw PostgresError(kind: .protocolViolation, message: "timestamptz field is \(field.count) bytes, not 8")
        }
        let raw = Int64(bitPattern: field.loadBigEndianUInt64(at: 0))
        if raw == .max || raw == .min { return nil }
        return raw + unixMicrosecondsOfPostgresEpoch
    }

    /// A binary `date` field as days since 1970-01-01.
    public static func unixDay(fromDateField field: UnsafeRawBufferPointer) throws -> Int64 {
        guard field.count == 4 else {
            throw PostgresError(kind: .protocolViolation, message: "date field is \(field.count) bytes, not 4")
        }
        let raw = Int32(bitPattern: UInt32(field[0]) << 24 | UInt32(field[1]) << 16 | UInt32(field[2]) << 8 | UInt32(field[3]))
        return Int64(raw) + unixDayOfPostgresEpoch
    }

    /// A Unix instant as a literal PostgreSQL parses exactly: seconds and microseconds, UTC.
    public static func literal(unixMicroseconds: Int64) -> String {
        // to_timestamp takes double seconds; an integer expression keeps microseconds exact.
        "(timestamptz 'epoch' + \(unixMicroseconds) * interval '1 microsecond')"
    }
}
