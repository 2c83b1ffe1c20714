import RFMCore

/// A user-defined segment scheme from the file's `schemes` section:
///
///     schemes:
///       vip_first:
///         rules:                       # first match wins
///           - {segment: vip, recency: 4-5, frequency: 4-5, monetary: 5}
///           - {segment: slipping, recency: 1-2, score: 60-100}
///         fallback: everyone_else      # optional: required if some R/F/M combination is unmatched
///         champion_segment: vip        # optional: counted by the summary's "champion %" (default: first rule's)
///         at_risk_segment: slipping    # optional: counted by "at-risk count" (default: at_risk)
///
/// A range is `N` or `N-M`: R, F and M within 1-5, score within 20-100; a rule without one
/// matches any value.
public struct SchemeDefinition: Sendable {
    public var scheme: SegmentScheme
    /// Line of the scheme's name in the file.
    public var line: Int?

    static let keys = ["rules", "fallback", "champion_segment", "at_risk_segment"]
    static let ruleKeys = ["segment", "recency", "frequency", "monetary", "score"]

    static func parse(name: String, _ node: ConfigNode) throws -> SchemeDefinition {
        guard SettingsLimits.isName(name) else {
            throw node.error("is not a usable scheme name: letters, digits, _ and - only, at most 63")
        }
        if SegmentScheme.builtIn(named: name) != nil {
            throw node.error("redefines the built-in scheme \(name): choose another name")
        }
        var rules: [SegmentRule] = []
        var fallback: String?
        var champion: String?
        var atRisk: String?
        var sawRules = false
        for (key, value) in try node.entries(expected: "a mapping with rules (and optionally fallback)", allowed: keys) {
            switch key {
            case "rules":
                sawRules = true
                for item in try value.items(expected: "a list of rules") {
                    rules.append(try rule(item))
                }
                guard !rules.isEmpty else { throw value.error("must list at least one rule") }
            case "fallback": fallback = try segmentName(value)
            case "champion_segment": champion = try segmentName(value)
            default: atRisk = try segmentName(value)
            }
        }
        guard sawRules else { throw node.error("has no rules") }
        let scheme = SegmentScheme(
            name: name, rules: rules, fallback: fallback,
            championSegment: champion ?? rules[0].segment, atRiskSegment: atRisk ?? "at_risk"
        )
        for (key, segment) in [("champion_segment", champion), ("at_risk_segment", atRisk)] {
            if let segment, !scheme.segments.contains(segment) {
                throw ConfigError(
                    location: node.file, line: node.line, key: "\(node.path).\(key)",
                    problem: "\(segment) is not a segment of this scheme (\(scheme.segments.joined(separator: ", ")))"
                )
            }
        }
        return SchemeDefinition(scheme: scheme, line: node.line)
    }

    static func rule(_ node: ConfigNode) throws -> SegmentRule {
        var segment: String?
        var rule = SegmentRule("", recency: 1...5, frequency: 1...5, monetary: 1...5, score: 0...100)
        for (key, value) in try node.entries(expected: "a mapping such as {segment: vip, recency: 4-5}", allowed: ruleKeys) {
            switch key {
            case "segment": segment = try segmentName(value)
            case "recency": rule.recency = try range(value, within: SettingsLimits.quintiles)
            case "frequency": rule.frequency = try range(value, within: SettingsLimits.quintiles)
            case "monetary": rule.monetary = try range(value, within: SettingsLimits.quintiles)
            default: rule.score = try range(value, within: SettingsLimits.compositeScore)
            }
        }
        guard let segment else { throw node.error("has no segment") }
        rule.segment = segment
        return rule
    }

    static func segmentName(_ node: ConfigNode) throws -> String {
        let name = try node.text(expected: "a segment name")
        guard SettingsLimits.isName(name) else {
            throw node.error("\(name) is not a usable segment name: letters, digits, _ and - only, at most 63")
        }
        return name
    }

    /// "4", "4-5" within `bounds`.
    static func range(_ node: ConfigNode, within bounds: ClosedRange<Int>) throws -> ClosedRange<Int> {
        let text = try node.text(expected: "a range such as \(bounds.lowerBound)-\(bounds.upperBound)")
        let ends = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            .map { SettingsLimits.wholeNumber($0.trimmingSpaces) }
        guard ends.allSatisfy({ $0 != nil }), let low = ends.first!, let high = ends.last!,
              low <= high, bounds.contains(low), bounds.contains(high)
        else {
            throw node.error("must be N or N-M within \(bounds.lowerBound)-\(bounds.upperBound), not \(text)")
        }
        return low...high
    }
}

extension ClosedRange<Int> {
    /// "4-5", or "5" for a single value.
    public var rangeText: String { lowerBound == upperBound ? "\(lowerBound)" : "\(lowerBound)-\(upperBound)" }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
