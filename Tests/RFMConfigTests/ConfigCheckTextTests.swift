import Testing
@testable import RFMConfig

@Suite struct ConfigCheckTextTests {
    @Test func printsEachMerchantsSettingsWithWhereTheyCameFrom() throws {
        let yaml = """
            defaults:
              window_days: 180
              fx_rates: {CAD: 0.73}
            merchants:
              shop-1:
                scheme: tiers
                fx_rates: {EUR: 0.95}
            schemes:
              tiers:
                rules:
                  - {segment: gold, recency: 4-5, frequency: 4-5}
                  - {segment: silver, score: 60-100}
                fallback: bronze
            """
        let resolver = try SettingsResolver(
            document: try ConfigDocument.parse(yaml: yaml, location: "rfm.yaml"), overrides: ScoringOverrides(horizonDays: 730)
        )
        #expect(ConfigCheckText.render(resolver) == """
            rfm.yaml: valid · 1 merchant configured · 1 user-defined scheme

            defaults (every merchant not listed below)
              source              purchase_events
              window days         180                         (defaults, line 2)
              horizon days        730                         (--horizon-days)
              weights             R 0.35 · F 0.4 · M 0.25
              scheme              tracklayer
              purchase kinds      purchase
              refund kinds        refund
              excluded user keys  none
              exclusion table     none
              ltv model           seed
              fx overrides        CAD 0.73                    (defaults, line 3)

            merchant shop-1
              source              purchase_events
              window days         180                         (defaults, line 2)
              horizon days        730                         (--horizon-days)
              weights             R 0.35 · F 0.4 · M 0.25
              scheme              tiers                       (merchant, line 6)
              purchase kinds      purchase
              refund kinds        refund
              excluded user keys  none
              exclusion table     none
              ltv model           seed
              fx overrides        CAD 0.73                    (defaults, line 3)
                                  EUR 0.95                    (merchant, line 7)

            scheme tracklayer (built-in): first matching rule wins
              1.  champion   score 81-100
              2.  loyal      score 61-80
              3.  at_risk    score 41-60
              4.  lost       score 21-40
              5.  new        score 0-20
              champion % counts champion · at-risk count counts at_risk

            scheme tiers (user-defined): first matching rule wins
              1.  gold       R 4-5 · F 4-5
              2.  silver     score 60-100
                  otherwise  bronze
              champion % counts gold · at-risk count counts at_risk

            """)
    }
}
