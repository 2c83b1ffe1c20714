import RFMCore

/// What `rfm-nightly config check` prints: the effective settings of the defaults and of every
/// merchant the file names, each value with where it came from unless it is built in, then the
/// rules of every scheme in use or defined.
public enum ConfigCheckText {
    public static func render(_ resolver: SettingsResolver) -> String {
        let document = resolver.document
        let merchants = resolver.configuredMerchants
        let userSchemes = document.schemes.count
        var text = "\(document.location): valid · \(merchants.count) merchant\(merchants.count == 1 ? "" : "s") configured"
            + " · \(userSchemes) user-defined scheme\(userSchemes == 1 ? "" : "s")\n"

        text += "\n" + section("defaults (every merchant not listed below)", resolver.defaults)
        for merchant in merchants {
            text += "\n" + section("merchant \(merchant)", resolver.settings(for: merchant))
        }
        var shown: [String] = []
        let used = ([resolver.defaults] + merchants.map(resolver.settings(for:))).map(\.scoring.scheme)
        for scheme in used + document.schemes.map(\.scheme) where !shown.contains(scheme.name) {
            shown.append(scheme.name)
            text += "\n" + rules(of: scheme, userDefined: document.schemes.contains { $0.scheme.name == scheme.name })
        }
        return text
    }

    static func section(_ title: String, _ settings: EffectiveSettings) -> String {
        let scoring = settings.scoring
        var lines = [title]
        func line(_ label: String, _ value: String, _ name: SettingName?) {
            var entry = "  " + label.padding(20) + value
            if let name, settings.origin(of: name) != .builtIn { entry = entry.padding(48) + "  (\(settings.origin(of: name)))" }
            lines.append(entry)
        }
        func list(_ values: [String]) -> String { values.isEmpty ? "none" : values.joined(separator: ", ") }
        line("source", settings.source, .source)
        line("window days", String(scoring.windowDays), .windowDays)
        line("horizon days", String(scoring.horizonDays), .horizonDays)
        let weights = scoring.weights
        line("weights", "R \(RFMWeights.decimal(weights.recency)) · F \(RFMWeights.decimal(weights.frequency)) · M \(RFMWeights.decimal(weights.monetary))", .weights)
        line("scheme", scoring.scheme.name, .scheme)
        line("purchase kinds", list(scoring.purchaseKinds), .purchaseKinds)
        line("refund kinds", list(scoring.refundKinds), .refundKinds)
        line("excluded user keys", list(scoring.excludedUserKeys.map(\.text)), .excludeUserKeys)
        line("exclusion table", settings.exclusionTable ?? "none", .exclusionTable)
        line("ltv model", scoring.ltvModel.rawValue, .ltvModel)
        if scoring.ltvModel != .seed || settings.origin(of: .discountRate) != .builtIn {
            line("discount rate", SettingsLimits.discountRateText(scoring.annualDiscountRate) + " a year", .discountRate)
        }
        let rates = settings.fxOverrides.sorted { $0.key < $1.key }
        if rates.isEmpty { line("fx overrides", "none", nil) }
        for (index, (currency, micros)) in rates.enumerated() {
            var entry = "  " + (index == 0 ? "fx overrides" : "").padding(20) + "\(currency) \(SettingsLimits.rateText(micros))"
            if let origin = settings.fxOrigins[currency] { entry = entry.padding(48) + "  (\(origin))" }
            lines.append(entry)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func rules(of scheme: SegmentScheme, userDefined: Bool) -> String {
        var lines = ["scheme \(scheme.name) (\(userDefined ? "user-defined" : "built-in")): first matching rule wins"]
        let width = max(scheme.segments.map(\.count).max() ?? 0, "otherwise".count)
        for (index, rule) in scheme.rules.enumerated() {
            var conditions: [String] = []
            if rule.recency != 1...5 { conditions.append("R \(rule.recency.rangeText)") }
            if rule.frequency != 1...5 { conditions.append("F \(rule.frequency.rangeText)") }
            if rule.monetary != 1...5 { conditions.append("M \(rule.monetary.rangeText)") }
            if !rule.score.contains(SettingsLimits.compositeScore) { conditions.append("score \(rule.score.rangeText)") }
            let number = String(index + 1) + "."
            lines.append("  " + number.padding(3) + " " + rule.segment.padding(width) + "  "
                + (conditions.isEmpty ? "any R, F, M" : conditions.joined(separator: " · ")))
        }
        if let fallback = scheme.fallback { lines.append("      " + "otherwise".padding(width) + "  " + fallback) }
        lines.append("  champion % counts \(scheme.championSegment) · at-risk count counts \(scheme.atRiskSegment)")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension ClosedRange<Int> {
    func contains(_ other: ClosedRange<Int>) -> Bool { lowerBound <= other.lowerBound && other.upperBound <= upperBound }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
