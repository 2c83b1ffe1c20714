import Foundation
import RFMCore
import Testing
@testable import RFMConfig

/// Parsing the YAML file: what each key means, and the exact one-line message for what is wrong.
@Suite struct ConfigFileTests {
    static func resolve(_ yaml: String, _ overrides: ScoringOverrides = .init()) throws -> SettingsResolver {
        try SettingsResolver(document: try ConfigDocument.parse(yaml: yaml, location: "rfm.yaml"), overrides: overrides)
    }

    /// The message a bad file gets, or nil if it is accepted.
    static func problem(_ yaml: String, _ overrides: ScoringOverrides = .init()) -> String? {
        do {
            _ = try resolve(yaml, overrides)
            return nil
        } catch {
            return "\(error)"
        }
    }

    static var exampleFile: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "docs/rfm-nightly.example.yaml")
    }

    @Test func noFileMeansTheBuiltInSettings() throws {
        for yaml in ["", "# nothing but a comment\n", "defaults:\n", "defaults:\nmerchants:\nschemes:\n"] {
            let resolver = try Self.resolve(yaml)
            #expect(resolver.defaults == .default, "\(yaml)")
            #expect(resolver.settings(for: "anyone") == .default)
            #expect(resolver.configuredMerchants.isEmpty)
        }
        #expect(try SettingsResolver().defaults == .default)
    }

    @Test func theExampleFileMeansWhatItsCommentsSay() throws {
        let resolver = try SettingsResolver(document: try ConfigDocument.load(path: Self.exampleFile.path))
        #expect(resolver.configuredMerchants == ["acme-outdoor", "bluebird-books"])

        let defaults = resolver.defaults
        #expect(defaults.source == "purchase_events")
        #expect(defaults.scoring.windowDays == 365 && defaults.scoring.horizonDays == 365)
        #expect(defaults.scoring.weights == .tracklayer)
        #expect(defaults.scoring.scheme == .tracklayer)
        #expect(defaults.scoring.excludedUserKeys.map(\.text) == ["anon-*", "guest-?????"])
        #expect(defaults.exclusionTable == nil)
        #expect(defaults.fxOverrides == [CurrencyCode("CAD")!: 730_000])

        let acme = resolver.settings(for: "acme-outdoor")
        #expect(acme.scoring.windowDays == 90)
        #expect(acme.scoring.scheme == .lifecycle)
        #expect(acme.scoring.purchaseKinds == ["purchase", "order_completed"])
        #expect(acme.scoring.refundKinds == ["refund"])
        #expect(acme.scoring.horizonDays == 365)               // from defaults
        #expect(acme.origin(of: .windowDays) == .merchantSection("acme-outdoor", line: 33))
        #expect(acme.origin(of: .horizonDays) == .fileDefaults(line: 14))

        let bluebird = resolver.settings(for: "bluebird-books")
        #expect(bluebird.scoring.scheme.name == "vip_first")
        #expect(bluebird.scoring.scheme.fallback == "everyone_else")
        #expect(bluebird.scoring.scheme.championSegment == "vip")
        #expect(bluebird.exclusionTable == "rfm_excluded_customers")
        // fx_rates merge per currency: the default's CAD stays, the merchant's EUR is added.
        #expect(bluebird.fxOverrides == [CurrencyCode("CAD")!: 730_000, CurrencyCode("EUR")!: 950_000])

        // A merchant the file does not name gets the defaults.
        #expect(resolver.settings(for: "copper-kettle") == defaults)
    }

    /// docs/CONFIGURATION.md shows the example file whole; the two must not drift apart.
    @Test func theConfigurationPageShowsTheExampleFile() throws {
        let page = try String(
            contentsOf: Self.exampleFile.deletingLastPathComponent().appending(path: "CONFIGURATION.md"),
            encoding: .utf8
        )
        let section = try #require(page.range(of: "# Configuration"))
        let start = try #require(page.range(of: "```yaml\n", range: section.upperBound..<page.endIndex))
        let end = try #require(page.range(of: "```\n", range: start.upperBound..<page.endIndex))
        #expect(String(page[start.upperBound..<end.lowerBound]) == (try String(contentsOf: Self.exampleFile, encoding: .utf8)))
    }

    @Test func theCommandLineWinsOverEveryLayer() throws {
        let yaml = """
            defaults: {window_days: 200, horizon_days: 100, source: events_v}
            merchants:
              m1: {window_days: 90, scheme: classic}
            """
        let resolver = try Self.resolve(yaml, ScoringOverrides(windowDays: 30, horizonDays: 730, scheme: "lifecycle", source: "other"))
        for settings in [resolver.defaults, resolver.settings(for: "m1")] {
            #expect(settings.scoring.windowDays == 30)
            #expect(settings.scoring.horizonDays == 730)
            #expect(settings.scoring.scheme == .lifecycle)
            #expect(settings.source == "other")
            #expect(settings.origin(of: .windowDays) == .commandLine("--window-days"))
            #expect(settings.origin(of: .scheme) == .commandLine("--scheme"))
        }
    }

    @Test func numbersAreReadExactlyAndTextStaysText() throws {
        let resolver = try Self.resolve("""
            defaults:
              weights: {recency: 0.1, frequency: "0.2000", monetary: 0.7}
              purchase_kinds: [NO, "yes", 1.0]
              refund_kinds: [off]
              fx_rates: {EUR: 0.923456, JPY: 0.0067}
            """)
        let scoring = resolver.defaults.scoring
        #expect(scoring.weights == RFMWeights(recency: 1000, frequency: 2000, monetary: 7000))
        #expect(scoring.purchaseKinds == ["NO", "yes", "1.0"])   // YAML 1.1 would say false, true, 1
        #expect(scoring.refundKinds == ["off"])
        #expect(resolver.defaults.fxOverrides == [CurrencyCode("EUR")!: 923_456, CurrencyCode("JPY")!: 6_700])
    }

    @Test func aMerchantCanSwitchADefaultOff() throws {
        let resolver = try Self.resolve("""
            defaults: {exclusion_table: opted_out, exclude_user_keys: ["anon-*"]}
            merchants:
              m1: {exclusion_table: null, exclude_user_keys: []}
            """)
        #expect(resolver.defaults.exclusionTable == "opted_out")
        #expect(resolver.settings(for: "m1").exclusionTable == nil)
        #expect(resolver.settings(for: "m1").scoring.excludedUserKeys.isEmpty)
    }

    @Test func userDefinedSchemes() throws {
        let resolver = try Self.resolve("""
            defaults: {scheme: two_tier}
            schemes:
              two_tier:
                rules:
                  - segment: top
                    recency: 4-5
                    frequency: 4-5
                  - {segment: rest}
            """)
        let scheme = resolver.defaults.scoring.scheme
        #expect(scheme.name == "two_tier")
        #expect(scheme.rules == [SegmentRule("top", recency: 4...5, frequency: 4...5), SegmentRule("rest")])
        #expect(scheme.championSegment == "top")
        #expect(scheme.atRiskSegment == "at_risk")
        #expect(scheme.segment(r: 5, f: 4, m: 1, score: 0) == "top")
        #expect(scheme.segment(r: 3, f: 5, m: 5, score: 0) == "rest")
    }

    /// A scheme with score rules is checked under the weights it is used with: 50-100 and 20-49
    /// cover every composite; 50-100 and 21-49 leave out R1 F1 M1, whose composite is 20.
    @Test func coverageDependsOnTheWeights() throws {
        let yaml = """
            defaults: {scheme: by_score}
            schemes:
              by_score:
                rules:
                  - {segment: high, score: 50-100}
                  - {segment: low, score: 20-49}
            """
        #expect(Self.problem(yaml) == nil)
        let gap = """
            defaults: {scheme: by_score}
            schemes:
              by_score:
                rules:
                  - {segment: high, score: 50-100}
                  - {segment: low, score: 21-49}
            """
        #expect(Self.problem(gap) == "rfm.yaml:3: schemes.by_score: no rule matches R1 F1 M1 with the default weights (0.35/0.4/0.25); add rules or a fallback segment")
        #expect(Self.problem(gap + "\n    fallback: unscored\n") == nil)
    }

    @Test(arguments: [
        // unknown keys, with a suggestion when one is close
        ("defaults:\n  windows_days: 30\n",
         "rfm.yaml:2: defaults.windows_days: unknown key (did you mean window_days?); allowed here: source, window_days, horizon_days, weights, scheme, purchase_kinds, refund_kinds, exclude_user_keys, exclusion_table, fx_rates, ltv_model, discount_rate"),
        ("default:\n  window_days: 30\n",
         "rfm.yaml:1: default: unknown key (did you mean defaults?); allowed here: defaults, merchants, schemes"),
        ("merchants:\n  acme:\n    horizon: 30\n",
         "rfm.yaml:3: merchants.acme.horizon: unknown key; allowed here: source, window_days, horizon_days, weights, scheme, purchase_kinds, refund_kinds, exclude_user_keys, exclusion_table, fx_rates, ltv_model, discount_rate"),
        // bounds
        ("defaults:\n  window_days: 0\n", "rfm.yaml:2: defaults.window_days: must be a whole number from 1 to 3650, not 0"),
        ("defaults:\n  window_days: 3651\n", "rfm.yaml:2: defaults.window_days: must be a whole number from 1 to 3650, not 3651"),
        ("defaults:\n  window_days: 30.5\n", "rfm.yaml:2: defaults.window_days: must be a whole number from 1 to 3650, not 30.5"),
        ("defaults:\n  window_days: [30]\n", "rfm.yaml:2: defaults.window_days: must be a whole number of days, not a list"),
        ("merchants:\n  m1:\n    horizon_days: 36501\n", "rfm.yaml:3: merchants.m1.horizon_days: must be a whole number from 1 to 36500, not 36501"),
        // weights
        ("defaults:\n  weights: {recency: 0.5, frequency: 0.4, monetary: 0.25}\n",
         "rfm.yaml:2: defaults.weights: must sum to exactly 1, but they sum to 1.15"),
        ("defaults:\n  weights: {recency: 0.5, frequency: 0.5}\n", "rfm.yaml:2: defaults.weights: gives no monetary weight: set all three"),
        ("defaults:\n  weights:\n    recency: 0.35001\n    frequency: 0.4\n    monetary: 0.25\n",
         "rfm.yaml:3: defaults.weights.recency: must be a decimal above 0 with at most 4 places, not 0.35001"),
        ("defaults:\n  weights: {recency: 0, frequency: 0.75, monetary: 0.25}\n",
         "rfm.yaml:2: defaults.weights.recency: must be a decimal above 0 with at most 4 places, not 0"),
        ("defaults:\n  weights: {recency: -0.1, frequency: 0.85, monetary: 0.25}\n",
         "rfm.yaml:2: defaults.weights.recency: must be a decimal above 0 with at most 4 places, not -0.1"),
        ("defaults:\n  weights: {r: 0.35, frequency: 0.4, monetary: 0.25}\n",
         "rfm.yaml:2: defaults.weights.r: unknown key; allowed here: recency, frequency, monetary"),
        // schemes and kinds
        ("defaults:\n  scheme: fancy\n", "rfm.yaml:2: defaults.scheme: unknown scheme fancy (known: tracklayer, classic, lifecycle)"),
        ("defaults:\n  purchase_kinds: [purchase, refund]\n", "rfm.yaml:2: defaults.purchase_kinds: refund is both a purchase kind and a refund kind"),
        ("merchants:\n  acme:\n    refund_kinds: [purchase]\n", "rfm.yaml:3: merchants.acme.refund_kinds: purchase is both a purchase kind and a refund kind"),
        ("defaults:\n  purchase_kinds: purchase\n", "rfm.yaml:2: defaults.purchase_kinds: must be a list of kind values, e.g. [purchase], not a single value"),
        ("defaults:\n  purchase_kinds: []\n", "rfm.yaml:2: defaults.purchase_kinds: must list at least one kind value"),
        ("defaults:\n  refund_kinds: [refund, refund]\n", "rfm.yaml:2: defaults.refund_kinds[1]: lists refund twice"),
        // exchange rates
        ("defaults:\n  fx_rates: {eur: 0.9}\n", "rfm.yaml:2: defaults.fx_rates.eur: is not an ISO 4217 currency code (three capital letters)"),
        ("defaults:\n  fx_rates: {EUR: 0}\n", "rfm.yaml:2: defaults.fx_rates.EUR: must be a positive decimal below 1000000 with at most 6 places, not 0"),
        ("defaults:\n  fx_rates:\n    EUR: 0.1234567\n",
         "rfm.yaml:3: defaults.fx_rates.EUR: must be a positive decimal below 1000000 with at most 6 places, not 0.1234567"),
        ("defaults:\n  fx_rates: {EUR: 1e3}\n", "rfm.yaml:2: defaults.fx_rates.EUR: must be a positive decimal below 1000000 with at most 6 places, not 1e3"),
        // exclusions and sources
        ("defaults:\n  exclude_user_keys: [\"\"]\n", "rfm.yaml:2: defaults.exclude_user_keys[0]: must not be empty"),
        ("defaults:\n  exclude_user_keys: anon-*\n",
         "rfm.yaml:2: defaults.exclude_user_keys: must be a list of user-key patterns, e.g. [\"anon-*\"], not a single value"),
        ("defaults:\n  source: \"  \"\n", "rfm.yaml:2: defaults.source: must name a table or view"),
        // user-defined schemes
        ("schemes:\n  gappy:\n    rules:\n      - {segment: top, recency: 5}\n",
         "rfm.yaml:2: schemes.gappy: no rule matches R1 F1 M1 (and 99 other combinations) with the default weights (0.35/0.4/0.25); add rules or a fallback segment"),
        ("schemes:\n  s:\n    rules:\n      - {segment: top, score: 81-100}\nmerchants:\n  m1:\n    scheme: s\n",
         "rfm.yaml:2: schemes.s: no rule matches R1 F1 M1 (and 110 other combinations) with merchant m1's weights (0.35/0.4/0.25); add rules or a fallback segment"),
        ("schemes:\n  classic:\n    rules:\n      - {segment: top}\n", "rfm.yaml:2: schemes.classic: redefines the built-in scheme classic: choose another name"),
        ("schemes:\n  s:\n    rules:\n      - {segment: top, recency: 0-5}\n", "rfm.yaml:4: schemes.s.rules[0].recency: must be N or N-M within 1-5, not 0-5"),
        ("schemes:\n  s:\n    rules:\n      - {segment: top, frequency: 5-4}\n", "rfm.yaml:4: schemes.s.rules[0].frequency: must be N or N-M within 1-5, not 5-4"),
        ("schemes:\n  s:\n    rules:\n      - {segment: top, score: 10-100}\n", "rfm.yaml:4: schemes.s.rules[0].score: must be N or N-M within 20-100, not 10-100"),
        ("schemes:\n  s:\n    rules:\n      - {segment: top, recncy: 1-5}\n",
         "rfm.yaml:4: schemes.s.rules[0].recncy: unknown key (did you mean recency?); allowed here: segment, recency, frequency, monetary, score"),
        ("schemes:\n  s:\n    rules:\n      - {recency: 1-5}\n", "rfm.yaml:4: schemes.s.rules[0]: has no segment"),
        ("schemes:\n  s:\n    rules: []\n", "rfm.yaml:3: schemes.s.rules: must list at least one rule"),
        ("schemes:\n  s:\n    fallback: other\n", "rfm.yaml:2: schemes.s: has no rules"),
        ("schemes:\n  s:\n    rules:\n      - {segment: top}\n    champion_segment: vip\n",
         "rfm.yaml:2: schemes.s.champion_segment: vip is not a segment of this scheme (top)"),
        ("schemes:\n  s:\n    rules:\n      - {segment: \"top tier\"}\n",
         "rfm.yaml:4: schemes.s.rules[0].segment: top tier is not a usable segment name: letters, digits, _ and - only, at most 63"),
        // YAML itself
        ("defaults:\n  window_days: 30\n  window_days: 40\n", "rfm.yaml:2: key window_days appears twice in one mapping"),
        ("defaults:\n  window_days: [30\n", "rfm.yaml:3: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence at line 2)"),
        ("defaults:\n window_days: 30\n  horizon_days: 3\n", "rfm.yaml:3: YAML syntax: mapping values are not allowed in this context"),
        ("- defaults\n", "rfm.yaml:1: must be a mapping with defaults, merchants or schemes, not a list"),
    ])
    func badFilesGetOneLineNamingTheKeyAndLine(yaml: String, message: String) {
        #expect(Self.problem(yaml) == message)
    }

    @Test func badCommandLineValues() {
        #expect(Self.problem("", ScoringOverrides(windowDays: 0)) == "command line: --window-days must be from 1 to 3650, not 0")
        #expect(Self.problem("", ScoringOverrides(horizonDays: 40000)) == "command line: --horizon-days must be from 1 to 36500, not 40000")
        #expect(Self.problem("", ScoringOverrides(scheme: "nope")) == "command line: --scheme: unknown scheme nope (known: tracklayer, classic, lifecycle)")
        #expect(Self.problem("schemes:\n  top_only:\n    rules: [{segment: top, recency: 5}]\n    fallback: rest\n", ScoringOverrides(scheme: "top_only")) == nil)
    }

    @Test func anUnreadableFileIsAConfigError() {
        #expect(throws: ConfigError.self) { try ConfigDocument.load(path: "/nonexistent/rfm.yaml") }
    }
}
