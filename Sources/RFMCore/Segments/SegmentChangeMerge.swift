#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds segment changes by merge-joining two snapshots in user-key byte order: one held in
/// memory (a run's fresh scores, already in that order), the other streamed row by row from the
/// database (`ORDER BY user_key` on a `COLLATE "C"` column is the same order). One pass, no
/// hashing, memory only for the changes.
public struct SegmentChangeMerge {
    /// Which snapshot the in-memory scores are.
    public enum MemorySide: Sendable {
        /// The scores are the later snapshot; the stream is the earlier one.
        case later
        /// The scores are the earlier snapshot; the stream is the later one.
        case earlier
    }

    /// The stream was not in strictly ascending byte order (a table without `COLLATE "C"`?):
    /// a merge over it would report wrong changes, so it stops.
    public struct OutOfOrder: Error, CustomStringConvertible {
        public let userKey: String
        public var description: String {
            "snapshot rows did not arrive in user-key byte order (at \"\(userKey)\"): is user_key COLLATE \"C\"?"
        }
    }

    private let scores: ScoredCustomers
    private let memorySide: MemorySide
    private var next = 0
    /// The last streamed key (its buffer reused row after row), to check the stream's order.
    private var previousStreamed: [UInt8] = []
    private var streamedAny = false
    public private(set) var changes: [SegmentChange] = []

    /// `scores` must be in user-key byte order, as `EventAccumulator.finish()` returns them.
    public init(scores: ScoredCustomers, memorySide: MemorySide) {
        self.scores = scores
        self.memorySide = memorySide
    }

    /// Takes the stream's next row; call in the stream's order.
    public mutating func streamed(userKey: UnsafeRawBufferPointer, segment: UnsafeRawBufferPointer) throws {
        if streamedAny {
            guard previousStreamed.withUnsafeBytes({ Self.compare($0, userKey) }) < 0 else {
                throw OutOfOrder(userKey: String(decoding: userKey, as: UTF8.self))
            }
        }
        streamedAny = true
        previousStreamed.removeAll(keepingCapacity: true)
        previousStreamed.append(contentsOf: userKey)
        // Scores before this key are missing from the stream.
        var order = 1
        while next < scores.count {
            order = Self.compare(scores.userKey(at: next), userKey)
            guard order < 0 else { break }
            onlyInMemory(next)
            next += 1
        }
        let streamedSegment = String(decoding: segment, as: UTF8.self)
        if next < scores.count, order == 0 {
            let key = scores.userKey(at: next), inMemory = scores.segment(at: next)
            next += 1
            guard inMemory != streamedSegment else { return }
            switch memorySide {
            case .later: changes.append(SegmentChange(userKey: key, from: streamedSegment, to: inMemory))
            case .earlier: changes.append(SegmentChange(userKey: key, from: inMemory, to: streamedSegment))
            }
        } else {
            let key = String(decoding: userKey, as: UTF8.self)
            switch memorySide {
            case .later: changes.append(SegmentChange(userKey: key, from: streamedSegment, to: nil))
            case .earlier: changes.append(SegmentChange(userKey: key, from: nil, to: streamedSegment))
            }
        }
    }

    /// Ends the stream: every score not met in it is a change too. Returns all changes, in key order.
    public mutating func finish() -> [SegmentChange] {
        while next < scores.count {
            onlyInMemory(next)
            next += 1
        }
        return changes
    }

    private mutating func onlyInMemory(_ position: Int) {
        let key = scores.userKey(at: position), segment = scores.segment(at: position)
        switch memorySide {
        case .later: changes.append(SegmentChange(userKey: key, from: nil, to: segment))
        case .earlier: changes.append(SegmentChange(userKey: key, from: segment, to: nil))
        }
    }

    /// The changes from `earlier` to `later`, both in memory (consecutive dates of a backfill):
    /// the same merge, with `earlier` as the stream.
    public static func changes(from earlier: ScoredCustomers, to later: ScoredCustomers) throws -> [SegmentChange] {
        var merge = SegmentChangeMerge(scores: later, memorySide: .later)
        for position in earlier.indices {
            var key = earlier.userKey(at: position), segment = earlier.segment(at: position)
            try key.withUTF8 { keyBytes in
                try segment.withUTF8 { try merge.streamed(userKey: UnsafeRawBufferPointer(keyBytes), segment: UnsafeRawBufferPointer($0)) }
            }
        }
        return merge.finish()
    }

    /// memcmp order, shorter first on a common prefix: PostgreSQL's "C" collation.
    static func compare(_ lhs: UnsafeRawBufferPointer, _ rhs: UnsafeRawBufferPointer) -> Int {
        let common = min(lhs.count, rhs.count)
        if common > 0 {
            let order = memcmp(lhs.baseAddress!, rhs.baseAddress!, common)
            if order != 0 { return Int(order) }
        }
        return lhs.count - rhs.count
    }

    static func compare(_ lhs: String, _ rhs: UnsafeRawBufferPointer) -> Int {
        var lhs = lhs
        return lhs.withUTF8 { compare(UnsafeRawBufferPointer($0), rhs) }
    }
}
