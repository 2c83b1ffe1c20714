import RFMCore

/// Settings given on the command line: they win over the file, for every merchant of the run.
public struct ScoringOverrides: Sendable, Equatable {
    public var windowDays: Int?
    public var horizonDays: Int?
    public var scheme: String?
    public var source: String?
    public var ltvModel: LTVModel?
    /// Ten-thousandths a year.
    public var discountRate: Int64?

    public init(
        windowDays: Int? = nil, horizonDays: Int? = nil, scheme: String? = nil, source: String? = nil,
        ltvModel: LTVModel? = nil, discountRate: Int64? = nil
    ) {
        self.windowDays = windowDays
        self.horizonDays = horizonDays
        self.scheme = scheme
        self.source = source
        self.ltvModel = ltvModel
        self.discountRate = discountRate
    }

    /// Problems a command line can have on its own (bounds), as messages naming the option.
    public func problems() -> [String] {
        var problems: [String] = []
        if let days = windowDays, !SettingsLimits.windowDays.contains(days) {
            problems.append("--window-days must be from \(SettingsLimits.windowDays.lowerBound) to \(SettingsLimits.windowDays.upperBound), not \(days)")
        }
        if let days = horizonDays, !SettingsLimits.horizonDays.contains(days) {
            problems.append("--horizon-days must be from \(SettingsLimits.horizonDays.lowerBound) to \(SettingsLimits.horizonDays.upperBound), not \(days)")
        }
        if let rate = discountRate, !SettingsLimits.discountRate.contains(rate) {
            problems.append("--discount-rate must be from 0 to 1 (0.1 is 10 % a year)")
        }
        if let source, source.allSatisfy(\.isWhitespace) {
            problems.append("--source must name a table or view")
        }
        return problems
    }
}
