/// A scored customer: measures (SPEC §3), quintiles and composite (§4), predictive LTV (§5).
public struct CustomerScore: Sendable, Equatable {
    public var measures: CustomerMeasures
    public var recencyScore: Int
    public var frequencyScore: Int
    public var monetaryScore: Int
    /// 20…100.
    public var rfmScore: Int
    public var segment: String
    public var predictiveLTVCents: Int64

    public init(
        measures: CustomerMeasures, recencyScore: Int, frequencyScore: Int, monetaryScore: Int,
        rfmScore: Int, segment: String, predictiveLTVCents: Int64
    ) {
        self.measures = measures
        self.recencyScore = recencyScore
        self.frequencyScore = frequencyScore
        self.monetaryScore = monetaryScore
        self.rfmScore = rfmScore
        self.segment = segment
        self.predictiveLTVCents = predictiveLTVCents
    }

    public var userKey: String { measures.userKey }
}
