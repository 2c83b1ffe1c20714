/// A merchant's scored customers: the measures plus compact score columns (13 bytes a customer),
/// rather than a second array of records that would repeat every measure. Its elements are
/// `CustomerScore`s, made as they are read.
public struct ScoredCustomers: RandomAccessCollection, Sendable, Equatable {
    public let measures: [CustomerMeasures]
    let recency: [UInt8]
    let frequency: [UInt8]
    let monetary: [UInt8]
    let rfmScores: [UInt8]
    let segmentIndex: [UInt8]
    let predictiveLTV: [Int64]
    /// The scheme's segments; `segmentIndex` points in here.
    public let segments: [String]

    init(
        measures: [CustomerMeasures], recency: [UInt8], frequency: [UInt8], monetary: [UInt8], rfmScores: [UInt8],
        segmentIndex: [UInt8], predictiveLTV: [Int64], segments: [String]
    ) {
        self.measures = measures
        self.recency = recency
        self.frequency = frequency
        self.monetary = monetary
        self.rfmScores = rfmScores
        self.segmentIndex = segmentIndex
        self.predictiveLTV = predictiveLTV
        self.segments = segments
    }

    /// From whole records (tests, or scores made elsewhere); segments keep their first-seen order.
    public init(_ scores: [CustomerScore]) {
        var segments: [String] = []
        for score in scores where !segments.contains(score.segment) { segments.append(score.segment) }
        self.init(
            measures: scores.map(\.measures), recency: scores.map { UInt8($0.recencyScore) },
            frequency: scores.map { UInt8($0.frequencyScore) }, monetary: scores.map { UInt8($0.monetaryScore) },
            rfmScores: scores.map { UInt8($0.rfmScore) }, segmentIndex: scores.map { UInt8(segments.firstIndex(of: $0.segment)!) },
            predictiveLTV: scores.map(\.predictiveLTVCents), segments: segments
        )
    }

    /// The user key and segment at `position`, without building a whole `CustomerScore`.
    @inline(__always)
    public func userKey(at position: Int) -> String { measures[position].userKey }

    @inline(__always)
    public func segment(at position: Int) -> String { segments[Int(segmentIndex[position])] }

    public var startIndex: Int { 0 }
    public var endIndex: Int { measures.count }

    public subscript(position: Int) -> CustomerScore {
        CustomerScore(
            measures: measures[position], recencyScore: Int(recency[position]), frequencyScore: Int(frequency[position]),
            monetaryScore: Int(monetary[position]), rfmScore: Int(rfmScores[position]),
            segment: segments[Int(segmentIndex[position])], predictiveLTVCents: predictiveLTV[position]
        )
    }
}
