import RFMCore

/// `rfm-nightly customer`: one customer's purchase timeline over the scoring window and score
/// trajectory from history (seed 000's /insights/ltv/[user_key] page).
public struct CustomerDrillDown: Sendable, Equatable {
    public var merchant: String
    public var userKey: String
    /// The merchant's current as-of date: what the current score and the window refer to.
    public var asOf: CivilDate
    public var windowDays: Int
    public var trajectoryDays: Int
    /// nil: not scored as of `asOf` (no valid purchase in the window).
    public var current: Current?
    /// Newest first.
    public var timeline: [TimelineEntry]
    /// Oldest first.
    public var trajectory: [TrajectoryPoint]

    public var windowStart: CivilDate { asOf.adding(days: -windowDays) }

    public struct Current: Sendable, Equatable {
        public var rfmScore: Int
        public var segment: String
        public var recencyScore: Int, frequencyScore: Int, monetaryScore: Int
        public var recencyDays: Int
        public var frequency: Int
        public var monetaryCents: Int64
        public var tenureDays: Int
        public var predictiveLTVCents: Int64
        public var emailSHA256: String?
        public var firstPurchaseAt: Int64
        public var lastPurchaseAt: Int64
        /// nil when the run that wrote the row had no model (`ltv_model: none`).
        public var model: ModelPrediction? = nil
    }

    /// The BG/NBD + Gamma-Gamma columns of the current row (docs/MODEL.md), as the run stored
    /// them. The two probabilities are double precision in the table; they are shown rounded
    /// by the server (`round(x::numeric, n)`), so every form prints the same digits.
    public struct ModelPrediction: Sendable, Equatable {
        /// The horizon H the run predicted over (its `horizon_days`).
        public var horizonDays: Int
        /// Purchase days expected over the horizon, 2 decimals ("1.37"); nil where the model's
        /// numerics gave no value for this history (counted in the run's summary).
        public var expectedPurchases: String?
        /// P(alive), 3 decimals ("0.912").
        public var probabilityAlive: String?
        /// nil where the spend model did not fit or gave no finite value.
        public var modelLTVCents: Int64?
        /// low, medium, high or unknown (one-time buyers).
        public var churnRisk: String
    }

    public struct TimelineEntry: Sendable, Equatable {
        /// Microseconds since the Unix epoch.
        public var occurredAt: Int64
        public var eventID: String?
        public var kind: String?
        public var currency: String?
        /// As the source holds it ("30.00"); nil for NULL.
        public var amount: String?
        /// round(amount × usd_rate, 2), what the job adds up; nil for a row it does not count.
        public var usdCents: Int64?
        /// Whether the job counts the row in this customer's measures.
        public var counted: Bool
        /// Why not, or a warning: a SkipReason ("negative_amount"), "repeat", "no rate for CAD, counted at 1.0".
        public var note: String?
    }

    public struct TrajectoryPoint: Sendable, Equatable {
        public var asOf: CivilDate
        public var rfmScore: Int
        public var segment: String
        public var predictiveLTVCents: Int64
    }

    /// rfm_score over the trajectory on the composite's whole range (20…100), oldest to newest.
    public var sparkline: String { Sparkline.render(trajectory.map { Int64($0.rfmScore) }, scale: 20...100) }
}
