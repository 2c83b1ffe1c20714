/// A merchant's scored customers: the measures plus compact score columns (13 bytes a customer),
/// rather than a second array of records that would repeat every measure. Its elements are
/// `CustomerScore`s, made as they are read.
public struct ScoredCustomers: RandomAccessCollection, Sendable {
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
