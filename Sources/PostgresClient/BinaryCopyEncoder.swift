/// Builds PostgreSQL's binary COPY format: header, rows of length-prefixed fields, trailer.
/// Send the bytes in chunks with `CopyInSink.send(_:)` whenever `count` grows large.
public struct BinaryCopyEncoder {
    public private(set) var bytes: [UInt8] = []

    public init() {
        bytes.reserveCapacity(1 << 18)
        bytes.append(contentsOf: BinaryCopyDecoder.signature)
        appendInteger(UInt32(0))  // flags
        appendInteger(UInt32(0))  // header extension length
    }

    public var count: Int { bytes.count }

    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    public mutating func startRow(fieldCount: Int) { appendInteger(Int16(fieldCount)) }

    /// Marks the end of the data; send the encoder once more after this.
    public mutating func finish() { appendInteger(Int16(-1)) }

    public mutating func appendNull() { appendInteger(Int32(-1)) }

    public mutating func appendText(_ text: String) {
        var text = text
        text.withUTF8 { appendText(bytes: UnsafeRawBufferPointer($0)) }
    }

    public mutating func appendText(bytes utf8: UnsafeRawBufferPointer) {
        appendInteger(Int32(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    public mutating func appendInt16(_ value: Int16) {
        appendInteger(Int32(2))
        appendInteger(value)
    }

    public mutating func appendInt32(_ value: Int32) {
        appendInteger(Int32(4))
        appendInteger(value)
    }

    public mutating func appendInt64(_ value: Int64) {
        appendInteger(Int32(8))
        appendInteger(value)
    }

    /// A `date`, as days since the Unix epoch.
    public mutating func appendDate(unixDay: Int64) {
        appendInt32(Int32(unixDay - PostgresTime.unixDayOfPostgresEpoch))
    }

    /// A `timestamptz`, as microseconds since the Unix epoch.
    public mutating func appendTimestamp(unixMicroseconds: Int64) {
        appendInt64(unixMicroseconds - PostgresTime.unixMicrosecondsOfPostgresEpoch)
    }

    /// A `numeric` with two decimals, from a whole number of cents.
    public mutating func appendNumeric(cents: Int64) {
        PostgresNumeric.encode(cents: cents, into: &bytes)
    }

    @inline(__always)
    mutating func appendInteger<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.bigEndian) { bytes.append(contentsOf: $0) }
    }
}
