import ArgumentParser
import RFMConfig
import RFMCore

/// `run --ltv-model bgnbd [--discount-rate D]`: the model outputs beside predictive_ltv. Both
/// override the configuration file's `ltv_model` and `discount_rate` for every merchant.
struct ModelOptions: ParsableArguments {
    @Option(
        name: .customLong("ltv-model"),
        help: ArgumentHelp(
            "Model outputs beside the seed's predictive_ltv: seed (none) or bgnbd (BG/NBD + Gamma-Gamma fitted per merchant at every run). Default: the file's, else seed.",
            valueName: "model"
        )
    )
    var ltvModel: LTVModel?

    @Option(
        name: .customLong("discount-rate"),
        help: ArgumentHelp(
            "Annual rate the model LTV is discounted at, e.g. 0.1 for 10 % (used with bgnbd). Default: the file's, else 0.",
            valueName: "rate"
        )
    )
    var discountRate: String?

    func validate() throws {
        guard let discountRate else { return }
        guard SettingsLimits.discountRate(discountRate) != nil else {
            throw ValidationError("--discount-rate must be a decimal from 0 to 1 with at most 4 places (0.1 is 10 % a year), not \(discountRate)")
        }
    }

    func apply(to overrides: inout ScoringOverrides) {
        if let ltvModel { overrides.ltvModel = ltvModel }
        if let discountRate { overrides.discountRate = SettingsLimits.discountRate(discountRate) }
    }
}

extension LTVModel: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
}
