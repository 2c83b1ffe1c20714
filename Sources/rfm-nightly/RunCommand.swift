import ArgumentParser
import Foundation
import RFMCore
import RFMJob

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Scores every merchant (or one) for an as-of date and writes the results.",
        discussion: """
            Each merchant is written in one transaction: a crash or a lost connection leaves its \
            previous results intact, and a rerun for the same date replaces that date's rows.
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "As-of date D (UTC, YYYY-MM-DD): events before D 00:00 UTC count. Default: today in UTC.")
    var asOf: CivilDate?

    @Option(help: "Score only this merchant (repeatable). Default: every merchant in the source.")
    var merchant: [String] = []

    @Option(help: "Table or view to read purchase events from.")
    var source: String = SourceRelation.defaultName

    @Option(help: "Segment scheme: \(SegmentScheme.builtIn.map(\.name).joined(separator: ", ")).")
    var scheme: String = SegmentScheme.tracklayer.name

    @Flag(help: "Compute and print the summary without writing anything.")
    var dryRun = false

    @OptionGroup var model: ModelOptions

    @OptionGroup var operation: OperationOptions

    func validate() throws {
        guard SegmentScheme.builtIn(named: scheme) != nil else {
            throw ValidationError("unknown scheme '\(scheme)': choose \(SegmentScheme.builtIn.map(\.name).joined(separator: " or "))")
        }
    }

    func run() throws {
        let logger = common.makeLogger()
        var settings = ScoringSettings.default
        settings.scheme = SegmentScheme.builtIn(named: scheme)!
        model.apply(to: &settings)
        let request = RunRequest(
            asOf: asOf ?? todayUTC(), merchants: merchant.isEmpty ? nil : merchant, sourceName: source, settings: settings
        )
        let metrics = MetricsWriter(path: operation.metricsFile, conninfo: common.conninfo, logger: logger)
        let outcomes: [MerchantOutcome]
        do {
            outcomes = try NightlyJob(conninfo: common.conninfo, logger: logger)
                .run(request, options: operation.jobOptions(dryRun: dryRun)) { outcome in
                    ProgressLine.clear()
                    FileHandleOutput.standardOutput.write(RunSummaryText.render(outcome) + "\n")
                }
        } catch {
            let failure = JobFailure.classify(error)
            metrics.write(command: "run", exitCode: ExitStatus.code(for: failure.category), merchants: [])
            throw ExitStatus.exit(with: failure)
        }
        let failures = outcomes.compactMap(\.failure)
        say("\(outcomes.count - failures.count) of \(outcomes.count) merchants scored for \(request.asOf)")
        let exitCode = failures.first.map { ExitStatus.code(for: $0.category) } ?? 0
        metrics.write(command: "run", exitCode: exitCode, merchants: outcomes.map(PrometheusMetrics.Merchant.init))
        if let failure = failures.first { throw ExitStatus.exit(with: failure) }
    }
}
