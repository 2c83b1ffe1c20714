/// Everything that shapes one merchant's scores besides its events and exchange rates.
public struct ScoringSettings: Sendable, Equatable {
    /// W: the trailing window, in days (SPEC §2).
    public var windowDays: Int
    /// H: how far predictive LTV projects, in days (SPEC §5); the model's horizon too.
    public var horizonDays: Int
    public var weights: RFMWeights
    public var scheme: SegmentScheme
    /// `kind` values that count as a purchase, and as a refund; any other kind is skipped.
    public var purchaseKinds: [String]
    public var refundKinds: [String]
    /// Customers left out of the run by key pattern (`exclude_user_keys`), e.g. anonymous keys.
    public var excludedUserKeys: [UserKeyPattern]
    /// Which model fills the model columns beside SPEC §5's `predictive_ltv` (which is always
    /// written): `.seed` leaves them NULL and does no extra work.
    public var ltvModel: LTVModel
    /// Annual rate the model's LTV is discounted at (0.1 = 10 % a year); only with `.bgnbd`.
    public var annualDiscountRate: Double

    public init(
        windowDays: Int = 365, horizonDays: Int = 365, weights: RFMWeights = .tracklayer,
        scheme: SegmentScheme = .tracklayer, purchaseKinds: [String] = ["purchase"], refundKinds: [String] = ["refund"],
        excludedUserKeys: [UserKeyPattern] = [],
        ltvModel: LTVModel = .seed, annualDiscountRate: Double = 0
    ) {
        self.windowDays = windowDays
        self.horizonDays = horizonDays
        self.weights = weights
        self.scheme = scheme
        self.purchaseKinds = purchaseKinds
        self.refundKinds = refundKinds
        self.excludedUserKeys = excludedUserKeys
        self.ltvModel = ltvModel
        self.annualDiscountRate = annualDiscountRate
    }

    public static let `default` = ScoringSettings()
}
