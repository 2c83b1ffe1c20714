import RFMCore
import Testing
@testable import RFMConfig

/// The settings hash: the same effective settings always give the same hash, whatever the file
/// looked like; anything that can change a number changes it.
@Suite struct SettingsFingerprintTests {
    /// The built-in settings with the seed's rates, written out by hand; its SHA-256 computed
    /// independently (Python: json.dumps(…, sort_keys=True, separators=(",", ":")), hashlib).
    @Test func theDefaultSettingsCanonically() {
        let fingerprint = SettingsFingerprint(settings: .default, rates: .seed)
        #expect(fingerprint.text == #"{"exclude_user_keys":[],"exclusion_table":null,"fx_overrides":{},"fx_rates":{"EUR":"0.920000","GBP":"1.180000","USD":"1.000000"},"horizon_days":365,"purchase_kinds":["purchase"],"refund_kinds":["refund"],"scheme":"tracklayer","scheme_rules":{"at_risk_segment":"at_risk","champion_segment":"champion","fallback":null,"rules":[{"frequency":"1-5","monetary":"1-5","recency":"1-5","score":"81-100","segment":"champion"},{"frequency":"1-5","monetary":"1-5","recency":"1-5","score":"61-80","segment":"loyal"},{"frequency":"1-5","monetary":"1-5","recency":"1-5","score":"41-60","segment":"at_risk"},{"frequency":"1-5","monetary":"1-5","recency":"1-5","score":"21-40","segment":"lost"},{"frequency":"1-5","monetary":"1-5","recency":"1-5","score":"0-20","segment":"new"}]},"source":"purchase_events","weights":{"frequency":"0.4","monetary":"0.25","recency":"0.35"},"window_days":365}"#)
        #expect(fingerprint.hash == "94f1be9684e939bd5460ad42c6a2e3cb238b2ddbacd914395375ba14b02298be")
        #expect(fingerprint.shortHash == "94f1be9684e9")
    }

    static func hash(_ yaml: String, merchant: String = "m1", overrides: ScoringOverrides = .init()) throws -> String {
        let resolver = try SettingsResolver(document: try ConfigDocument.parse(yaml: yaml, location: "t.yaml"), overrides: overrides)
        return SettingsFingerprint(settings: resolver.settings(for: merchant), rates: .seed).hash
    }

    @Test func formattingOrderAndLayeringDoNotMatter() throws {
        let plain = try Self.hash("""
            defaults:
              window_days: 90
              weights: {recency: 0.3, frequency: 0.3, monetary: 0.4}
              purchase_kinds: [purchase, order]
              exclude_user_keys: ["anon-*", "test-*"]
            """)
        let shuffled = try Self.hash("""
            # the same settings, written differently
            merchants:
              m1:
                exclude_user_keys: ['test-*', 'anon-*']   # order of patterns means nothing
                purchase_kinds:
                  - order
                  - purchase
            defaults:
              weights:
                monetary: "0.4000"
                recency: 0.30
                frequency: 0.3
              window_days: 090
            """)
        #expect(plain == shuffled)
        // The same settings from the command line, over an empty file.
        let fromOptions = try Self.hash("""
            defaults: {weights: {recency: 0.3, frequency: 0.3, monetary: 0.4}, purchase_kinds: [purchase, order],
                       exclude_user_keys: ["anon-*", "test-*"]}
            """, overrides: ScoringOverrides(windowDays: 90))
        #expect(plain == fromOptions)
        // And defaults that equal the built-in ones hash as the built-in ones.
        #expect(try Self.hash("defaults: {window_days: 365, scheme: tracklayer, source: purchase_events}\n") == Self.hash(""))
    }

    @Test func everySettingThatChangesANumberChangesTheHash() throws {
        let base = try Self.hash("")
        let changed = [
            "defaults: {window_days: 364}",
            "defaults: {horizon_days: 730}",
            "defaults: {weights: {recency: 0.35, frequency: 0.25, monetary: 0.4}}",
            "defaults: {scheme: classic}",
            "defaults: {purchase_kinds: [purchase, order]}",
            "defaults: {refund_kinds: [refund, chargeback]}",
            "defaults: {exclude_user_keys: [\"anon-*\"]}",
            "defaults: {exclusion_table: opted_out}",
            "defaults: {fx_rates: {EUR: 0.93}}",
            "defaults: {source: other_events}",
        ]
        var seen: Set<String> = [base]
        for yaml in changed {
            #expect(seen.insert(try Self.hash(yaml)).inserted, "\(yaml)")
        }
        // A rule of a user-defined scheme, under the same scheme name.
        let scheme = "defaults: {scheme: mine}\nschemes:\n  mine:\n    rules: [{segment: a, recency: 4-5}, {segment: b}]\n"
        #expect(try Self.hash(scheme) != Self.hash(scheme.replacingOccurrences(of: "4-5", with: "5")))
        // A rate in the fx_rates table.
        var rates = FXRates.seed
        rates.set(.eur, micros: 930_000)
        #expect(SettingsFingerprint(settings: .default, rates: rates).hash != base)
    }

    @Test func aMerchantsOverrideChangesOnlyItsHash() throws {
        let yaml = "merchants:\n  m1: {window_days: 90}\n"
        #expect(try Self.hash(yaml, merchant: "m1") != Self.hash(""))
        #expect(try Self.hash(yaml, merchant: "m2") == Self.hash(""))
    }

    @Test func stringsAreEscapedOneWayOnly() {
        #expect(CanonicalJSON.object(["b": .string("q\"\\\n\u{1}é/"), "a": .array([.integer(-1), .bool(true), .null])]).text
            == #"{"a":[-1,true,null],"b":"q\"\\\n\u0001é/"}"#)
    }
}
