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
    @OptionGroup(title: "Settings") var scoring: ScoringOptions

    @Option(help: "As-of date D (UTC, YYYY-MM-DD): events before D 00:00 UTC count. Default: today in UTC.")
    var asOf: CivilDate?

    @Option(help: "Score only this merchant (repeatable). Default: every merchant in the source.")
    var merchant: [String] = []

    @Flag(help: "Compute and print the summary without writing anything.")
    var dryRun = false

    @OptionGroup var futureDates: FutureDates

    @OptionGroup var model: ModelOptions

    @OptionGroup var operation: OperationOptions

    func validate() throws {
        try futureDates.check(asOf, option: "--as-of")
        try operation.check(dryRun: dryRun)
    }

    func run() throws {
        let logger = common.makeLogger()
        let settings = try scoring.resolver(document: try scoring.loadDocument(), extra: model.apply)
        logger.info("configuration loaded", metadata: [
            "config.file": "\(scoring.configPath ?? "none")", "config.merchants": "\(settings.configuredMerchants.count)",
        ])
        let request = RunRequest(
            asOf: asOf ?? todayUTC(), merchants: merchant.isEmpty ? nil : merchant, settings: settings
        )
        let invocation = JobCommandRun<MerchantOutcome>(
            command: "run", metrics: MetricsWriter(path: operation.metricsFile, conninfo: common.conninfo, logger: logger),
            failure: \.failure, metricsRow: PrometheusMetrics.Merchant.init, dryRun: dryRun,
            summary: operation.summary, block: RunSummaryText.render, entry: FleetSummary.Entry.init
        )
        try invocation.perform({ report in
            try NightlyJob(conninfo: common.conninfo, logger: logger)
                .run(request, options: operation.jobOptions(dryRun: dryRun), report: report)
        }, closingLine: { outcomes in
            let elsewhere = outcomes.filter { $0.scoredElsewhere != nil }.count
            return "\(outcomes.filter(\.succeeded).count) of \(outcomes.count) merchants scored for \(request.asOf)"
                + (elsewhere > 0 ? " (\(elsewhere) of them by other processes)" : "")
        })
    }
}
