import RFMCore
import Testing
@testable import RFMConfig

/// `ltv_model` and `discount_rate` (issue 7): in the file, on the command line, in the
/// fingerprint only when a model is on.
@Suite struct ModelSettingsTests {
    @Test func theFileAndTheCommandLineChooseTheModel() throws {
        let yaml = """
            defaults:
              discount_rate: 0.1
            merchants:
              m1:
                ltv_model: bgnbd
            """
        let resolver = try ConfigFileTests.resolve(yaml)
        #expect(resolver.defaults.scoring.ltvModel == .seed)
        #expect(resolver.defaults.scoring.annualDiscountRate == 0.1)
        let m1 = resolver.settings(for: "m1")
        #expect(m1.scoring.ltvModel == .bgnbd)
        #expect(m1.scoring.annualDiscountRate == 0.1)
        #expect(m1.origin(of: .ltvModel) == .merchantSection("m1", line: 5))
        #expect(m1.origin(of: .discountRate) == .fileDefaults(line: 2))

        let overridden = try ConfigFileTests.resolve(yaml, ScoringOverrides(ltvModel: .seed, discountRate: 250))
        #expect(overridden.settings(for: "m1").scoring.ltvModel == .seed)
        #expect(overridden.settings(for: "m1").scoring.annualDiscountRate == 0.025)
        #expect(overridden.settings(for: "m1").origin(of: .ltvModel) == .commandLine("--ltv-model"))
    }

    @Test func badValuesAreOneLineNamingTheKey() {
        #expect(ConfigFileTests.problem("defaults:\n  ltv_model: pareto\n")
            == "rfm.yaml:2: defaults.ltv_model: must be seed or bgnbd, not pareto")
        #expect(ConfigFileTests.problem("defaults:\n  discount_rate: 1.5\n")
            == "rfm.yaml:2: defaults.discount_rate: must be a decimal from 0 to 1 with at most 4 places (0.1 is 10 % a year), not 1.5")
        #expect(ConfigFileTests.problem("defaults:\n  discount_rate: 0.12345\n") != nil)
        #expect(ConfigFileTests.problem("defaults:\n  discount_rate: -0.1\n") != nil)
        #expect(ConfigFileTests.problem("", ScoringOverrides(discountRate: 10_001))
            == "command line: --discount-rate must be from 0 to 1 (0.1 is 10 % a year)")
        #expect(SettingsLimits.discountRate("0.085") == 850)
        #expect(SettingsLimits.discountRate("1") == 10_000)
        #expect(SettingsLimits.discountRate("1.0001") == nil)
    }

    /// A seed run hashes what it hashed before models existed; a model, or its rate, changes it.
    @Test func theFingerprintHoldsTheModelOnlyWhenOn() throws {
        let seed = try SettingsFingerprintTests.hash("defaults:\n  ltv_model: seed\n  discount_rate: 0.1\n")
        #expect(seed == (try SettingsFingerprintTests.hash("")))
        let model = SettingsFingerprint(
            settings: try ConfigFileTests.resolve("defaults:\n  ltv_model: bgnbd\n  discount_rate: 0.1\n").defaults, rates: .seed
        )
        #expect(model.text.contains(#""discount_rate":"0.1""#) && model.text.contains(#""ltv_model":"bgnbd""#))
        #expect(model.hash != seed)
        #expect(try SettingsFingerprintTests.hash("defaults:\n  ltv_model: bgnbd\n  discount_rate: 0.2\n") != model.hash)
    }
}
