/// One record, borrowed from the reader: valid only during the `onRecord` call.
public struct CSVRecord {
    let bytes: UnsafeRawBufferPointer
    let fieldEnds: [Int]
    let fieldQuoted: [Bool]
    /// The line the record starts on (1 = the first line of the input).
    public let line: Int

    public var count: Int { fieldEnds.count }

    /// The field's bytes; nil for NULL (an empty field that was not quoted).
    public func field(_ index: Int) -> UnsafeRawBufferPointer? {
        let start = index == 0 ? 0 : fieldEnds[index - 1]
        let end = fieldEnds[index]
        if start == end && !fieldQuoted[index] { return nil }
        return UnsafeRawBufferPointer(rebasing: bytes[start..<end])
    }

    public func text(_ index: Int) -> String? {
        field(index).map { String(decoding: $0, as: UTF8.self) }
    }

    public var texts: [String?] { (0..<count).map(text) }
}
