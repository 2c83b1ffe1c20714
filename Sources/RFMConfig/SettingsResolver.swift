import RFMCore

/// Answers "which settings does merchant X run with?": built-in defaults, then the file's
/// `defaults`, then the merchant's own section, then the command line, each overriding the one
/// before (`fx_rates` merge per currency; every other key replaces the value below it whole).
///
/// Everything is resolved and checked when the resolver is made, for the defaults and for every
/// merchant the file names, so a bad configuration stops a run before it reads a row, and
/// `config check` finds exactly what a run would.
public struct SettingsResolver: Sendable {
    public let document: ConfigDocument
    public let overrides: ScoringOverrides
    /// The settings of every merchant the file does not name.
    public let defaults: EffectiveSettings
    private let merchantSettings: [ByteKey: EffectiveSettings]
    /// Merchants with a section in the file, in file order.
    public let configuredMerchants: [String]

    public init(document: ConfigDocument = .empty, overrides: ScoringOverrides = .init()) throws {
        self.document = document
        self.overrides = overrides
        if let problem = overrides.problems().first {
            throw ConfigError(location: "command line", problem: problem)
        }
        defaults = try Self.resolve(merchant: nil, layers: [document.defaults], document: document, overrides: overrides)
        var merchantSettings: [ByteKey: EffectiveSettings] = [:]
        for (merchant, layer) in document.merchants {
            merchantSettings[ByteKey(merchant)] = try Self.resolve(
                merchant: merchant, layers: [document.defaults, layer], document: document, overrides: overrides
            )
        }
        self.merchantSettings = merchantSettings
        configuredMerchants = document.merchants.map(\.id)
        // A scheme no merchant uses is still checked, against the default weights.
        for definition in document.schemes {
            try Self.checkCoverage(definition.scheme, weights: defaults.scoring.weights, merchant: nil, document: document)
        }
    }

    /// The same settings for every merchant, taken as given (the scorer still refuses a scheme
    /// that leaves a combination unmatched): for callers that build settings in code.
    public init(settings: EffectiveSettings) {
        document = .empty
        overrides = .init()
        defaults = settings
        merchantSettings = [:]
        configuredMerchants = []
    }

    public func settings(for merchant: String) -> EffectiveSettings {
        merchantSettings[ByteKey(merchant)] ?? defaults
    }

    /// Whether the configuration has a section for the merchant (else it runs with `defaults`).
    public func hasSection(for merchant: String) -> Bool { merchantSettings[ByteKey(merchant)] != nil }

    // MARK: - Resolution

    static func resolve(
        merchant: String?, layers: [SettingsLayer], document: ConfigDocument, overrides: ScoringOverrides
    ) throws -> EffectiveSettings {
        var settings = EffectiveSettings.default
        var schemeName = (value: SegmentScheme.tracklayer.name, origin: SettingOrigin.builtIn, key: "", line: Int?.none)
        var kindsSetAt: (key: String, line: Int?)?

        for (index, layer) in layers.enumerated() {
            let isMerchant = index == 1
            let prefix = isMerchant ? "merchants.\(merchant!)" : "defaults"
            func origin(_ line: Int?) -> SettingOrigin {
                isMerchant ? .merchantSection(merchant!, line: line) : .fileDefaults(line: line)
            }
            func set<T>(_ value: SettingsLayer.Value<T>?, _ name: SettingName, _ apply: (T) -> Void) {
                guard let value else { return }
                apply(value.value)
                settings.origins[name] = origin(value.line)
            }
            set(layer.source, .source) { settings.source = $0 }
            set(layer.windowDays, .windowDays) { settings.scoring.windowDays = $0 }
            set(layer.horizonDays, .horizonDays) { settings.scoring.horizonDays = $0 }
            set(layer.weights, .weights) { settings.scoring.weights = $0 }
            set(layer.purchaseKinds, .purchaseKinds) { settings.scoring.purchaseKinds = $0 }
            set(layer.refundKinds, .refundKinds) { settings.scoring.refundKinds = $0 }
            set(layer.excludeUserKeys, .excludeUserKeys) { settings.scoring.excludedUserKeys = $0 }
            set(layer.exclusionTable, .exclusionTable) { settings.exclusionTable = $0 }
            set(layer.ltvModel, .ltvModel) { settings.scoring.ltvModel = $0 }
            set(layer.discountRate, .discountRate) { settings.scoring.annualDiscountRate = Double($0) / 10_000 }
            if let scheme = layer.scheme {
                schemeName = (scheme.value, origin(scheme.line), "\(prefix).scheme", scheme.line)
            }
            for kinds in [(layer.purchaseKinds, "purchase_kinds"), (layer.refundKinds, "refund_kinds")] {
                if let value = kinds.0 { kindsSetAt = ("\(prefix).\(kinds.1)", value.line) }
            }
            for (currency, rate) in layer.fxRates {
                settings.fxOverrides[currency] = rate.value
                settings.fxOrigins[currency] = origin(rate.line)
            }
        }

        if let days = overrides.windowDays {
            settings.scoring.windowDays = days
            settings.origins[.windowDays] = .commandLine("--window-days")
        }
        if let days = overrides.horizonDays {
            settings.scoring.horizonDays = days
            settings.origins[.horizonDays] = .commandLine("--horizon-days")
        }
        if let source = overrides.source {
            settings.source = source
            settings.origins[.source] = .commandLine("--source")
        }
        if let model = overrides.ltvModel {
            settings.scoring.ltvModel = model
            settings.origins[.ltvModel] = .commandLine("--ltv-model")
        }
        if let rate = overrides.discountRate {
            settings.scoring.annualDiscountRate = Double(rate) / 10_000
            settings.origins[.discountRate] = .commandLine("--discount-rate")
        }
        if let scheme = overrides.scheme {
            schemeName = (scheme, .commandLine("--scheme"), "--scheme", nil)
        }

        func error(at key: String, line: Int?, _ problem: String) -> ConfigError {
            key.hasPrefix("--")
                ? ConfigError(location: "command line", key: key, problem: problem)
                : ConfigError(location: document.location, line: line, key: key, problem: problem)
        }
        guard let scheme = document.scheme(named: schemeName.value) else {
            throw error(at: schemeName.key, line: schemeName.line,
                        "unknown scheme \(schemeName.value) (known: \(document.schemeNames.joined(separator: ", ")))")
        }
        settings.scoring.scheme = scheme
        if schemeName.origin != .builtIn { settings.origins[.scheme] = schemeName.origin }

        let overlap = settings.scoring.purchaseKinds.filter { kind in settings.scoring.refundKinds.contains { $0.sameBytes(as: kind) } }
        if let kind = overlap.first, let kindsSetAt {
            throw error(at: kindsSetAt.key, line: kindsSetAt.line, "\(kind) is both a purchase kind and a refund kind")
        }
        try checkCoverage(scheme, weights: settings.scoring.weights, merchant: merchant, document: document)
        return settings
    }

    /// A scheme must give every (R, F, M) a segment under the weights it is used with (score
    /// rules depend on them), or declare a fallback.
    static func checkCoverage(_ scheme: SegmentScheme, weights: RFMWeights, merchant: String?, document: ConfigDocument) throws {
        let unmatched = scheme.unmatchedCombinations(weights: weights)
        guard let first = unmatched.first else { return }
        let definition = document.schemes.first { $0.scheme.name == scheme.name }
        let whose = merchant.map { "merchant \($0)'s weights" } ?? "the default weights"
        let more = unmatched.count > 1 ? " (and \(unmatched.count - 1) other combinations)" : ""
        throw ConfigError(
            location: document.location, line: definition?.line, key: "schemes.\(scheme.name)",
            problem: "no rule matches R\(first.r) F\(first.f) M\(first.m)\(more) with \(whose) (\(weights)); "
                + "add rules or a fallback segment"
        )
    }
}
