import RFMCore

/// The segments a batch's current state held, as the DELETE that clears it returned them
/// (`COPY (DELETE … RETURNING …)`): the previous snapshot a nightly run's changes are taken
/// against, without reading the rows a second time. Kept in one byte buffer, and put in
/// (merchant, user key) byte order for the merge.
struct PreviousSegments {
    private var bytes: [UInt8] = []
    private var rows: [Row] = []
    /// Per merchant (position in the batch's index): its rows' range in `rows`, once sorted.
    private var ranges: [Range<Int>] = []
    /// Per merchant: the one as-of date (unix day) its rows had, or nil if they had several.
    private var dates: [Int: Int64?] = [:]

    private struct Row {
        let merchant: Int32
        let keyStart: Int32, keyCount: Int32
        let segmentStart: Int32, segmentCount: Int32
    }

    mutating func add(merchant: Int, asOf unixDay: Int64, userKey: UnsafeRawBufferPointer, segment: UnsafeRawBufferPointer) {
        if let seen = dates[merchant] {
            if seen != unixDay { dates[merchant] = .some(nil) }
        } else {
            dates[merchant] = unixDay
        }
        let keyStart = bytes.count
        bytes.append(contentsOf: userKey)
        let segmentStart = bytes.count
        bytes.append(contentsOf: segment)
        rows.append(Row(
            merchant: Int32(merchant), keyStart: Int32(keyStart), keyCount: Int32(userKey.count),
            segmentStart: Int32(segmentStart), segmentCount: Int32(segment.count)
        ))
    }

    /// Sorts the rows; `merchants` is how many merchants the index has.
    mutating func sort(merchants: Int) {
        bytes.withUnsafeBytes { buffer in
            func key(_ row: Row) -> UnsafeRawBufferPointer {
                UnsafeRawBufferPointer(rebasing: buffer[Int(row.keyStart)..<Int(row.keyStart + row.keyCount)])
            }
            rows.sort { left, right in
                left.merchant != right.merchant ? left.merchant < right.merchant : key(left).lexicographicallyPrecedes(key(right))
            }
        }
        ranges = Array(repeating: 0..<0, count: merchants)
        var start = 0
        while start < rows.count {
            var end = start + 1
            while end < rows.count, rows[end].merchant == rows[start].merchant { end += 1 }
            ranges[Int(rows[start].merchant)] = start..<end
            start = end
        }
    }

    /// Whether the merchant's deleted rows were a snapshot of `date`: false when it had none, or
    /// rows of another date (a current state the ledger no longer stands by, as after `withdraw`
    /// when its rebuild did not happen), which history must then give instead.
    func holds(merchant: Int, date: CivilDate) -> Bool {
        guard let seen = dates[merchant], let day = seen else { return false }
        return day == date.unixDay
    }

    /// Calls `body` with each (user key, segment) of the merchant, in key byte order.
    func forEach(merchant: Int, _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> Void) rethrows {
        guard merchant < ranges.count else { return }
        try bytes.withUnsafeBytes { buffer in
            for row in rows[ranges[merchant]] {
                try body(
                    UnsafeRawBufferPointer(rebasing: buffer[Int(row.keyStart)..<Int(row.keyStart + row.keyCount)]),
                    UnsafeRawBufferPointer(rebasing: buffer[Int(row.segmentStart)..<Int(row.segmentStart + row.segmentCount)])
                )
            }
        }
    }
}
