/// One rule: the inclusive ranges a customer must fall in, all at once.
public struct SegmentRule: Sendable, Equatable {
    public var segment: String
    public var recency: ClosedRange<Int>
    public var frequency: ClosedRange<Int>
    public var monetary: ClosedRange<Int>
    /// The composite rfm_score, 20…100.
    public var score: ClosedRange<Int>

    public init(
        _ segment: String, recency: ClosedRange<Int> = 1...5, frequency: ClosedRange<Int> = 1...5,
        monetary: ClosedRange<Int> = 1...5, score: ClosedRange<Int> = 0...100
    ) {
        self.segment = segment
        self.recency = recency
        self.frequency = frequency
        self.monetary = monetary
        self.score = score
    }

    @inline(__always)
    public func matches(r: Int, f: Int, m: Int, score value: Int) -> Bool {
        recency.contains(r) && frequency.contains(f) && monetary.contains(m) && score.contains(value)
    }
}
