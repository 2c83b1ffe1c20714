import Testing
@testable import RFMCore

/// The merge-join behind segment transitions, on hand-made snapshots.
@Suite struct SegmentChangeMergeTests {
    static func scores(_ pairs: [(String, String)]) -> ScoredCustomers {
        ScoredCustomers(pairs.map { key, segment in
            CustomerScore(
                measures: CustomerMeasures(userKey: key, recencyDays: 1, frequency: 1, monetaryCents: 0, tenureDays: 1, firstPurchaseAt: 0, lastPurchaseAt: 0),
                recencyScore: 1, frequencyScore: 1, monetaryScore: 1, rfmScore: 20, segment: segment, predictiveLTVCents: 0
            )
        })
    }

    static func merge(memory: [(String, String)], side: SegmentChangeMerge.MemorySide, stream: [(String, String)]) throws -> [SegmentChange] {
        var merge = SegmentChangeMerge(scores: scores(memory), memorySide: side)
        for (key, segment) in stream {
            var key = key, segment = segment
            try key.withUTF8 { key in
                try segment.withUTF8 { try merge.streamed(userKey: UnsafeRawBufferPointer(key), segment: UnsafeRawBufferPointer($0)) }
            }
        }
        return merge.finish()
    }

    static let earlier = [("a", "loyal"), ("b", "champion"), ("d", "at_risk"), ("f", "lost")]
    static let later = [("a", "loyal"), ("b", "loyal"), ("c", "champion"), ("f", "lost"), ("g", "new")]
    static let expected = [
        SegmentChange(userKey: "b", from: "champion", to: "loyal"),
        SegmentChange(userKey: "c", from: nil, to: "champion"),
        SegmentChange(userKey: "d", from: "at_risk", to: nil),
        SegmentChange(userKey: "g", from: nil, to: "new"),
    ]

    /// A nightly run: fresh scores in memory, the previous snapshot streamed.
    @Test func freshScoresAgainstThePreviousSnapshot() throws {
        #expect(try Self.merge(memory: Self.later, side: .later, stream: Self.earlier) == Self.expected)
    }

    /// A backfill: its scores in memory are the earlier side of the next snapshot, streamed.
    @Test func aBackfillAgainstTheNextSnapshot() throws {
        #expect(try Self.merge(memory: Self.earlier, side: .earlier, stream: Self.later) == Self.expected)
    }

    @Test func emptySidesMeanEveryoneEnteredOrLeft() throws {
        #expect(try Self.merge(memory: [("x", "new")], side: .later, stream: []) == [SegmentChange(userKey: "x", from: nil, to: "new")])
        #expect(try Self.merge(memory: [], side: .later, stream: [("x", "new")]) == [SegmentChange(userKey: "x", from: "new", to: nil)])
        #expect(try Self.merge(memory: [], side: .later, stream: []) == [])
    }

    /// Byte order, as COLLATE "C" sorts: "Z" < "a" < "z" < "é" (0xC3…), and "é" precomposed and
    /// "e" + combining accent are two different keys (Swift's == would call them equal).
    @Test func keysCompareAsBytes() throws {
        let memory = [("Z", "loyal"), ("a", "loyal"), ("e\u{301}", "loyal"), ("z", "loyal"), ("\u{E9}", "loyal")]
        let stream = [("Z", "loyal"), ("a", "lost"), ("z", "loyal"), ("\u{E9}", "lost")]
        #expect(try Self.merge(memory: memory, side: .later, stream: stream) == [
            SegmentChange(userKey: "a", from: "lost", to: "loyal"),
            SegmentChange(userKey: "e\u{301}", from: nil, to: "loyal"),
            SegmentChange(userKey: "\u{E9}", from: "lost", to: "loyal"),
        ])
    }

    @Test func aStreamOutOfByteOrderStops() throws {
        let error = try #require(throws: SegmentChangeMerge.OutOfOrder.self) {
            try Self.merge(memory: Self.later, side: .later, stream: [("b", "loyal"), ("a", "loyal")])
        }
        #expect(error.userKey == "a")
        #expect(throws: SegmentChangeMerge.OutOfOrder.self) {
            try Self.merge(memory: [], side: .later, stream: [("a", "loyal"), ("a", "loyal")])
        }
    }

    /// Two snapshots both in memory (consecutive backfill dates) give what streaming one would.
    @Test func comparingTwoSnapshotsInMemoryEqualsStreamingOne() throws {
        let earlier = [("a", "loyal"), ("b", "lost"), ("d", "champion"), ("e", "at_risk")]
        let later = [("a", "loyal"), ("c", "new"), ("d", "at_risk"), ("e", "champion")]
        let streamed = try Self.merge(memory: later, side: .later, stream: earlier)
        #expect(try SegmentChangeMerge.changes(from: Self.scores(earlier), to: Self.scores(later)) == streamed)
        #expect(streamed.map(\.description) == ["b: lost -> -", "c: - -> new", "d: champion -> at_risk", "e: at_risk -> champion"])
    }
}
