import ArgumentParser
import RFMCore

/// `run --ltv-model bgnbd [--discount-rate D]`: the model outputs beside predictive_ltv.
struct ModelOptions: ParsableArguments {
    @Option(
        name: .customLong("ltv-model"),
        help: ArgumentHelp(
            "Model outputs beside the seed's predictive_ltv: seed (none, the default) or bgnbd (BG/NBD + Gamma-Gamma fitted per merchant at every run).",
            valueName: "model"
        )
    )
    var ltvModel: LTVModel = .seed

    @Option(
        name: .customLong("discount-rate"),
        help: ArgumentHelp("Annual rate the model LTV is discounted at, e.g. 0.1 for 10 % (with --ltv-model bgnbd; default 0).", valueName: "rate")
    )
    var discountRate: Double?

    func validate() throws {
        guard let discountRate else { return }
        guard ltvModel != .seed else { throw ValidationError("--discount-rate applies to the model LTV: add --ltv-model bgnbd") }
        guard discountRate.isFinite, discountRate >= 0, discountRate <= 1 else {
            throw ValidationError("--discount-rate must be between 0 and 1 (0.1 is 10 % a year)")
        }
    }

    func apply(to settings: inout ScoringSettings) {
        settings.ltvModel = ltvModel
        settings.annualDiscountRate = discountRate ?? 0
    }
}

extension LTVModel: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
}
