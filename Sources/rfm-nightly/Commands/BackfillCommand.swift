import ArgumentParser
import Foundation
import RFMCore
import RFMJob

struct BackfillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backfill",
        abstract: "Writes history for every as-of date in a range, oldest first, reading events once.",
        discussion: """
            Each date gets exactly the rows a nightly run on that date would write, in its own \
            transaction. Dates already written with the same settings are skipped, so a backfill \
            that was interrupted continues where it stopped when run again; --redo recomputes them. \
            customer_ltv takes the range's newest date, and only if it is at least as new as the \
            date customer_ltv holds.
            """
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup(title: "Settings") var scoring: ScoringOptions

    @Option(help: "First as-of date (YYYY-MM-DD).")
    var from: CivilDate

    @Option(help: "Last as-of date (YYYY-MM-DD), inclusive.")
    var to: CivilDate

    @Option(help: "Backfill only this merchant (repeatable). Default: every merchant in the source.")
    var merchant: [String] = []

    @Flag(help: "Recompute dates already written with the same settings.")
    var redo = false

    @Flag(help: "Compute and print without writing anything.")
    var dryRun = false

    @OptionGroup var operation: OperationOptions

    @OptionGroup var futureDates: FutureDates

    func validate() throws {
        try checkSupported(from, option: "--from")
        try futureDates.check(to, option: "--to")
        guard from <= to else { throw ValidationError("--from \(from) is after --to \(to)") }
        guard to.days(since: from) < 3660 else { throw ValidationError("a backfill covers at most 3660 days; split the range") }
        try operation.check(dryRun: dryRun)
        if operation.share, redo {
            throw ValidationError("--share leaves the dates another process wrote, and --redo rewrites them: every process would redo every date; run --redo without --share")
        }
    }

    func run() throws {
        let logger = common.makeLogger()
        let request = BackfillRequest(
            from: from, to: to, merchants: merchant.isEmpty ? nil : merchant, settings: try scoring.resolver(), redo: redo
        )
        let invocation = JobCommandRun<BackfillOutcome>(
            command: "backfill", metrics: MetricsWriter(path: operation.metricsFile, conninfo: common.conninfo, logger: logger),
            failure: \.failure, metricsRow: PrometheusMetrics.Merchant.init, dryRun: dryRun,
            summary: operation.summary, block: BackfillSummaryText.render, entry: FleetSummary.Entry.init
        )
        try invocation.perform({ report in
            try BackfillJob(conninfo: common.conninfo, logger: logger)
                .run(request, options: operation.jobOptions(dryRun: dryRun), report: report)
        }, closingLine: { [from, to] outcomes in
            let written = outcomes.map(\.dates.count).reduce(0, +)
            return "\(outcomes.filter(\.succeeded).count) of \(outcomes.count) merchants backfilled \(from) … \(to): \(written) merchant-dates written"
        })
    }
}
