import Crypto
import RFMCore

/// The settings a run used, in canonical form, and their SHA-256: what `rfm_runs.settings` and
/// `rfm_runs.settings_hash` hold. Identical effective settings give the identical hash whatever
/// the file looked like (order of keys, quoting, comments, which layer set a value); any change
/// that can change a number — a weight, a rule of the scheme, a rate in `fx_rates` — changes it.
public struct SettingsFingerprint: Sendable, Equatable {
    public let json: CanonicalJSON
    /// The canonical text.
    public let text: String
    /// Lowercase hex SHA-256 of `text`.
    public let hash: String

    /// `rates`: the rates the run uses (the table's, with the merchant's overrides applied).
    public init(settings: EffectiveSettings, rates: FXRates) {
        let scoring = settings.scoring
        let scheme = scoring.scheme
        var fields: [String: CanonicalJSON] = [
            "source": .string(settings.source),
            "window_days": .integer(scoring.windowDays),
            "horizon_days": .integer(scoring.horizonDays),
            "weights": .object([
                "recency": .string(RFMWeights.decimal(scoring.weights.recency)),
                "frequency": .string(RFMWeights.decimal(scoring.weights.frequency)),
                "monetary": .string(RFMWeights.decimal(scoring.weights.monetary)),
            ]),
            "scheme": .string(scheme.name),
            "scheme_rules": .object([
                "rules": .array(scheme.rules.map { rule in
                    .object([
                        "segment": .string(rule.segment),
                        "recency": .string(rule.recency.rangeText),
                        "frequency": .string(rule.frequency.rangeText),
                        "monetary": .string(rule.monetary.rangeText),
                        "score": .string(rule.score.rangeText),
                    ])
                }),
                "fallback": scheme.fallback.map(CanonicalJSON.string) ?? .null,
                "champion_segment": .string(scheme.championSegment),
                "at_risk_segment": .string(scheme.atRiskSegment),
            ]),
            // Order and repeats of kinds and patterns mean nothing: sorted, once each.
            "purchase_kinds": .array(scoring.purchaseKinds.uniquedByBytes().sortedByBytes().map(CanonicalJSON.string)),
            "refund_kinds": .array(scoring.refundKinds.uniquedByBytes().sortedByBytes().map(CanonicalJSON.string)),
            "exclude_user_keys": .array(Set(scoring.excludedUserKeys).sorted().map { .string($0.text) }),
            "exclusion_table": settings.exclusionTable.map(CanonicalJSON.string) ?? .null,
            "fx_overrides": .object(Dictionary(uniqueKeysWithValues: settings.fxOverrides.map {
                ($0.key.description, .string(SettingsLimits.fixedRateText($0.value)))
            })),
            "fx_rates": .object(Dictionary(uniqueKeysWithValues: rates.micros.map {
                ($0.key.description, .string(SettingsLimits.fixedRateText($0.value)))
            })),
        ]
        // Only with a model: a seed run's settings hash what they hashed before models existed,
        // so backfill's "already written with these settings" still matches older history.
        if scoring.ltvModel != .seed {
            fields["ltv_model"] = .string(scoring.ltvModel.rawValue)
            fields["discount_rate"] = .string(SettingsLimits.discountRateText(scoring.annualDiscountRate))
        }
        json = .object(fields)
        text = json.text
        hash = SHA256.hash(data: Array(text.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The short form `runs` and the summary show.
    public var shortHash: String { String(hash.prefix(12)) }
}
