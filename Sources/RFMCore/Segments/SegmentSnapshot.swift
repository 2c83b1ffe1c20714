/// One date's segments in user-key byte order, kept by a backfill between two dates for the next
/// date's transitions: a customer number and a segment byte each, the keys read from the series'
/// own customer table. Keeping the date's whole scores instead would hold a second set of
/// measures and key strings (about 180 bytes a customer) while the next date is scored.
public struct SegmentSnapshot {
    let keys: ByteStringList
    let customers: [UInt32]
    let segmentIndex: [UInt8]
    let segments: [String]

    public var count: Int { customers.count }

    /// Calls `body` with the user key and segment at `position`.
    func withEntry<R>(_ position: Int, _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        var segment = segments[Int(segmentIndex[position])]
        return try keys.withBytes(Int(customers[position])) { key in
            try segment.withUTF8 { try body(key, UnsafeRawBufferPointer($0)) }
        }
    }
}

extension BackfillDates {
    /// The segments of `scores`, which must be the scores of the date measured last (their
    /// customers are the ones with a purchase in its sums, in key order).
    public func segmentSnapshot(of scores: ScoredCustomers) -> SegmentSnapshot {
        var customers: [UInt32] = []
        customers.reserveCapacity(scores.count)
        for customer in keyOrder where sums.frequency[customer] > 0 { customers.append(UInt32(customer)) }
        precondition(customers.count == scores.count, "a snapshot is taken of the date measured last")
        return SegmentSnapshot(keys: profiles.customers, customers: customers, segmentIndex: scores.segmentIndex, segments: scores.segments)
    }
}

extension SegmentChangeMerge {
    /// The changes from a kept snapshot to the next date's scores: the same merge, with the
    /// snapshot as the stream.
    public static func changes(from earlier: SegmentSnapshot, to later: ScoredCustomers) throws -> [SegmentChange] {
        var merge = SegmentChangeMerge(scores: later, memorySide: .later)
        for position in 0..<earlier.count {
            try earlier.withEntry(position) { try merge.streamed(userKey: $0, segment: $1) }
        }
        return merge.finish()
    }
}
