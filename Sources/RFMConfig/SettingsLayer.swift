import RFMCore

/// One section of the configuration file (`defaults`, or a merchant's): each setting it gives,
/// with the line it is on. Settings it leaves out come from the layer below.
public struct SettingsLayer: Sendable {
    public struct Value<T: Sendable>: Sendable {
        public var value: T
        public var line: Int?
    }

    public var source: Value<String>?
    public var windowDays: Value<Int>?
    public var horizonDays: Value<Int>?
    public var weights: Value<RFMWeights>?
    public var scheme: Value<String>?
    public var purchaseKinds: Value<[String]>?
    public var refundKinds: Value<[String]>?
    public var excludeUserKeys: Value<[UserKeyPattern]>?
    /// `.some(nil)`: explicitly none (`exclusion_table: null`), e.g. to switch a default off.
    public var exclusionTable: Value<String?>?
    public var ltvModel: Value<LTVModel>?
    /// Ten-thousandths a year.
    public var discountRate: Value<Int64>?
    /// Merged per currency over the layer below.
    public var fxRates: [CurrencyCode: Value<Int64>] = [:]

    public init() {}

    static let keys = SettingName.allCases.map(\.rawValue)

    static func parse(_ section: ConfigNode) throws -> SettingsLayer {
        var layer = SettingsLayer()
        if section.isNull { return layer }
        for (key, value) in try section.entries(expected: "a mapping of settings", allowed: keys) {
            switch SettingName(rawValue: key)! {
            case .source:
                layer.source = Value(value: try relationName(value), line: value.line)
            case .windowDays:
                layer.windowDays = Value(value: try days(value, in: SettingsLimits.windowDays), line: value.line)
            case .horizonDays:
                layer.horizonDays = Value(value: try days(value, in: SettingsLimits.horizonDays), line: value.line)
            case .weights:
                layer.weights = Value(value: try weights(value), line: value.line)
            case .scheme:
                layer.scheme = Value(value: try value.text(expected: "a scheme name"), line: value.line)
            case .purchaseKinds:
                layer.purchaseKinds = Value(value: try kinds(value), line: value.line)
            case .refundKinds:
                layer.refundKinds = Value(value: try kinds(value), line: value.line)
            case .excludeUserKeys:
                layer.excludeUserKeys = Value(value: try patterns(value), line: value.line)
            case .exclusionTable:
                layer.exclusionTable = Value(value: value.isNull ? nil : try relationName(value), line: value.line)
            case .fxRates:
                layer.fxRates = try rates(value)
            case .ltvModel:
                let name = try value.text(expected: "a model name")
                guard let model = LTVModel(rawValue: name) else {
                    throw value.error("must be \(LTVModel.allCases.map(\.rawValue).joined(separator: " or ")), not \(name)")
                }
                layer.ltvModel = Value(value: model, line: value.line)
            case .discountRate:
                let text = try value.text(expected: "an annual rate such as 0.1")
                guard let rate = SettingsLimits.discountRate(text) else {
                    throw value.error("must be a decimal from 0 to 1 with at most 4 places (0.1 is 10 % a year), not \(text)")
                }
                layer.discountRate = Value(value: rate, line: value.line)
            }
        }
        return layer
    }

    static func days(_ node: ConfigNode, in range: ClosedRange<Int>) throws -> Int {
        let text = try node.text(expected: "a whole number of days")
        guard let days = SettingsLimits.wholeNumber(text), range.contains(days) else {
            throw node.error("must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(text)")
        }
        return days
    }

    static func weights(_ node: ConfigNode) throws -> RFMWeights {
        let expected = "a mapping of recency, frequency and monetary to decimals"
        var values: [String: Int64] = [:]
        for (key, value) in try node.entries(expected: expected, allowed: ["recency", "frequency", "monetary"]) {
            let text = try value.text(expected: "a decimal such as 0.35")
            guard let tenThousandths = SettingsLimits.unsignedDecimal(text, scale: 4), tenThousandths > 0 else {
                throw value.error("must be a decimal above 0 with at most 4 places, not \(text)")
            }
            values[key] = tenThousandths
        }
        let missing = ["recency", "frequency", "monetary"].filter { values[$0] == nil }
        guard missing.isEmpty else { throw node.error("gives no \(missing.joined(separator: " or ")) weight: set all three") }
        let sum = values.values.reduce(0, +)
        guard let weights = RFMWeights(
            recency: Int(values["recency"]!), frequency: Int(values["frequency"]!), monetary: Int(values["monetary"]!)
        ) else {
            throw node.error("must sum to exactly 1, but they sum to \(RFMWeights.decimal(Int(clamping: sum)))")
        }
        return weights
    }

    static func kinds(_ node: ConfigNode) throws -> [String] {
        var kinds: [String] = []
        for item in try node.items(expected: "a list of kind values, e.g. [purchase]") {
            let kind = try item.text(expected: "a kind value")
            guard !kind.isEmpty else { throw item.error("must not be empty") }
            guard !kinds.contains(where: { $0.sameBytes(as: kind) }) else { throw item.error("lists \(kind) twice") }
            kinds.append(kind)
        }
        guard !kinds.isEmpty else { throw node.error("must list at least one kind value") }
        return kinds
    }

    static func patterns(_ node: ConfigNode) throws -> [UserKeyPattern] {
        try node.items(expected: "a list of user-key patterns, e.g. [\"anon-*\"]").map { item in
            let text = try item.text(expected: "a user-key pattern")
            guard let pattern = UserKeyPattern(text) else { throw item.error("must not be empty") }
            return pattern
        }
    }

    static func relationName(_ node: ConfigNode) throws -> String {
        let name = try node.text(expected: "a table or view name")
        guard !name.allSatisfy(\.isWhitespace), !name.contains("\0") else {
            throw node.error("must name a table or view")
        }
        return name
    }

    static func rates(_ node: ConfigNode) throws -> [CurrencyCode: Value<Int64>] {
        var rates: [CurrencyCode: Value<Int64>] = [:]
        for (code, value) in try node.entries(expected: "a mapping of currency codes to USD rates, e.g. {CAD: 0.73}") {
            guard let currency = CurrencyCode(code) else {
                throw value.error("is not an ISO 4217 currency code (three capital letters)")
            }
            let text = try value.text(expected: "a USD rate such as 0.92")
            guard let micros = SettingsLimits.rateMicros(text) else {
                throw value.error("must be a positive decimal below 1000000 with at most 6 places, not \(text)")
            }
            rates[currency] = Value(value: micros, line: value.line)
        }
        return rates
    }
}
