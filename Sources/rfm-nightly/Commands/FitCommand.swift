import ArgumentParser
import RFMCore
import RFMJob

struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fits the BG/NBD and Gamma-Gamma models on one merchant's purchases before a date and prints the parameters.",
        discussion: """
            Reads the merchant's events like a nightly run (same validation, exchange rates and \
            deduplication) and writes nothing. Purchases are counted on distinct UTC days; x, t_x \
            and T come from all history before the cutoff, spend per repeat day from the scoring \
            window. Exits 65 when a model cannot be fitted (no customers, no repeat buyers, a \
            parameter the data do not identify, no convergence), after printing what did fit.
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "The merchant to fit.")
    var merchant: String

    @Option(help: "Cutoff D (UTC, YYYY-MM-DD): purchases before D 00:00 UTC. Default: today in UTC.")
    var asOf: CivilDate?

    /// The merchant's settings as a nightly run has them (`--config`, `--source`, `--window-days`, …).
    @OptionGroup var scoring: ScoringOptions

    @Option(help: "text (for people) or json (keys in a fixed order, for programs).")
    var format: OutputFormat = .text

    @OptionGroup var futureDates: FutureDates

    func validate() throws {
        try futureDates.check(asOf, option: "--as-of")
    }

    func run() throws {
        let logger = common.makeLogger()
        let request = ModelFitRequest(merchant: merchant, asOf: asOf ?? todayUTC(), settings: try scoring.resolver())
        let report: ModelFitReport
        do {
            report = try ModelFitJob(conninfo: common.conninfo, logger: logger).run(request)
        } catch {
            throw ExitStatus.exit(with: JobFailure.classify(error))
        }
        say(format == .json ? String(ModelFitText.json(report).dropLast()) : String(ModelFitText.render(report).dropLast()))
        if let failure = report.failure { throw ExitStatus.exit(with: failure) }
    }
}
