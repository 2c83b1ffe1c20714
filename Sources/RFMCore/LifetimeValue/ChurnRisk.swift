/// A customer's churn-risk band, from the BG/NBD's probability that she is still a customer.
///
/// `low` for P(alive) ≥ 0.7, `medium` for 0.3 ≤ P(alive) < 0.7, `high` below 0.3: the middle
/// band is the customers the model cannot call either way (symmetric around even odds), the
/// outer ones are at least 7 : 3 one way. One-time buyers get `unknown`: the BG/NBD lets
/// customers drop out only right after a repeat purchase, so for x = 0 P(alive) is 1 by
/// assumption, whatever their age, and calling them `low` risk would be an artefact of the model.
/// Rank those by expected purchases instead (docs/DECISIONS.md, "Model LTV").
public enum ChurnRisk: String, Sendable, CaseIterable {
    case low, medium, high, unknown

    public static let lowRiskFrom = 0.7
    public static let highRiskBelow = 0.3

    public init(probabilityAlive: Double, repeatPurchases: Int) {
        if repeatPurchases == 0 {
            self = .unknown
        } else if probabilityAlive >= Self.lowRiskFrom {
            self = .low
        } else if probabilityAlive >= Self.highRiskBelow {
            self = .medium
        } else {
            self = .high
        }
    }
}
