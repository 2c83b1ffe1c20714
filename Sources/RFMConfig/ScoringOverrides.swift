/// Settings given on the command line: they win over the file, for every merchant of the run.
public struct ScoringOverrides: Sendable, Equatable {
    public var windowDays: Int?
    public var horizonDays: Int?
    public var scheme: String?
    public var source: String?

    public init(windowDays: Int? = nil, horizonDays: Int? = nil, scheme: String? = nil, source: String? = nil) {
        self.windowDays = windowDays
        self.horizonDays = horizonDays
        self.scheme = scheme
        self.source = source
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
        if let source, source.allSatisfy(\.isWhitespace) {
            problems.append("--source must name a table or view")
        }
        return problems
    }
}
