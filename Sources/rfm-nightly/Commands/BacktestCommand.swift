import ArgumentParser
import RFMCore
import RFMJob

struct BacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Compares the seed heuristic with BG/NBD + Gamma-Gamma on a merchant's own past.",
        discussion: """
            Fits on the purchases before the calibration end D, predicts each of those customers' \
            purchase days and spend in the holdout [D, D + N days), and prints per-customer error \
            (MAE, RMSE), totals and a decile calibration table for both methods. Writes nothing. \
            Exits 65 when the models cannot be fitted on the calibration.
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "The merchant to backtest.")
    var merchant: String

    @Option(name: .customLong("calibration-end"), help: "D (YYYY-MM-DD): the calibration is the purchases before D 00:00 UTC, the holdout starts at D.")
    var calibrationEnd: CivilDate

    @Option(name: .customLong("holdout-days"), help: "N: the holdout is the N days from D on; it must have ended by today (UTC).")
    var holdoutDays: Int

    /// The merchant's settings as a nightly run has them (`--config`, `--source`, `--window-days`, …).
    @OptionGroup var scoring: ScoringOptions

    @Option(help: "text (for people) or json (keys in a fixed order, for programs).")
    var format: OutputFormat = .text

    func validate() throws {
        try checkSupported(calibrationEnd, option: "--calibration-end")
        guard (1...3660).contains(holdoutDays) else { throw ValidationError("--holdout-days must be between 1 and 3660") }
        let end = calibrationEnd.adding(days: holdoutDays)
        guard end <= todayUTC() else {
            throw ValidationError("the holdout \(calibrationEnd) … \(end.adding(days: -1)) has not ended yet: its outcomes are not known")
        }
    }

    func run() throws {
        let logger = common.makeLogger()
        let request = BacktestRequest(
            merchant: merchant, calibrationEnd: calibrationEnd, holdoutDays: holdoutDays, settings: try scoring.resolver()
        )
        let report: BacktestReport
        do {
            report = try BacktestJob(conninfo: common.conninfo, logger: logger).run(request)
        } catch {
            throw ExitStatus.exit(with: JobFailure.classify(error))
        }
        say(String((format == .json ? BacktestText.json(report) : BacktestText.render(report)).dropLast()))
    }
}
