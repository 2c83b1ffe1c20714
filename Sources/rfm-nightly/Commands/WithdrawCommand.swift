import ArgumentParser
import Foundation
import Logging
import RFMCore
import RFMJob

/// `rfm-nightly withdraw --as-of D`: the way back from a run for a wrong date.
struct WithdrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Undoes the runs of one as-of date (a run for a wrong date), as if they never happened.",
        discussion: """
            For each merchant with a snapshot for D (or each --merchant): deletes D's history rows \
            and segment changes and marks D's runs withdrawn in rfm_runs, in one transaction. If \
            the current state was D's, it is rebuilt by rerunning the newest remaining date (with \
            this command's settings options, as `run` would), or emptied if none remains. A date \
            with later snapshots is refused (exit 64): withdraw the newest first.
            """
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup(title: "Settings for rebuilding the current state") var scoring: ScoringOptions

    @Option(help: "The as-of date to withdraw (YYYY-MM-DD).")
    var asOf: CivilDate

    @Option(help: "Withdraw only this merchant's snapshot (repeatable). Default: every merchant with one.")
    var merchant: [String] = []

    @Flag(help: "Count what would be removed, change nothing.")
    var dryRun = false

    @OptionGroup var operation: OperationOptions

    func validate() throws {
        try checkSupported(asOf, option: "--as-of")
    }

    func run() throws {
        let logger = common.makeLogger()
        let connection = try ReadingCommand.connect(common, logger: logger)
        let withdrawal = SnapshotWithdrawal(connection: connection, logger: logger)
        let merchants: [String]
        do {
            try LockTimeout.bound(.seconds(operation.lockTimeoutSeconds), on: connection)
            merchants = merchant.isEmpty ? try withdrawal.merchants(with: asOf) : merchant.uniquedByBytes()
        } catch {
            throw ReadingCommand.exit(error, describingLocksOn: connection)
        }
        guard !merchants.isEmpty else {
            throw ExitStatus.exit(with: JobFailure(.missingInput, "no merchant has a snapshot for \(asOf): nothing to withdraw"))
        }
        var firstFailure: JobFailure?
        var restores: [CivilDate: [String]] = [:]
        var withdrawn = 0
        for merchant in merchants {
            do {
                let outcome = try withdrawal.withdraw(asOf, of: merchant, dryRun: dryRun)
                withdrawn += 1
                say(Self.line(outcome, date: asOf, dryRun: dryRun))
                if let date = outcome.restoreDate { restores[date, default: []].append(merchant) }
            } catch {
                let failure = JobFailure.classify(error)
                firstFailure = firstFailure ?? failure
                say("merchant \(merchant): \(failure.message)")
            }
        }
        say("\(withdrawn) of \(merchants.count) merchants' \(asOf) \(dryRun ? "would be withdrawn (dry run)" : "withdrawn")")
        if !dryRun {
            for (date, merchants) in restores.sorted(by: { $0.key < $1.key }) {
                say("rebuilding the current state of \(merchants.count) merchant\(merchants.count == 1 ? "" : "s") as of \(date):")
                do {
                    let request = RunRequest(asOf: date, merchants: merchants, settings: try scoring.resolver(document: try scoring.loadDocument()))
                    let outcomes = try NightlyJob(conninfo: common.conninfo, logger: logger)
                        .run(request, options: operation.jobOptions(dryRun: false)) { say(RunSummaryText.render($0)) }
                    firstFailure = firstFailure ?? outcomes.lazy.compactMap(\.failure).first
                } catch {
                    firstFailure = firstFailure ?? JobFailure.classify(error)
                }
            }
        }
        if let firstFailure { throw ExitStatus.exit(with: firstFailure) }
    }

    static func line(_ outcome: SnapshotWithdrawal.Outcome, date: CivilDate, dryRun: Bool) -> String {
        var text = "merchant \(outcome.merchant): \(dryRun ? "would withdraw" : "withdrew") \(date) — \(outcome.runs) run\(outcome.runs == 1 ? "" : "s"), "
            + "\(outcome.historyRows) history rows, \(outcome.changes) segment changes"
        if let restore = outcome.restoreDate { text += "; current state \(dryRun ? "would be rebuilt" : "rebuilt below") as of \(restore)" }
        if outcome.clearedCurrent > 0 { text += "; current state emptied (\(outcome.clearedCurrent) rows, no older snapshot)" }
        return text
    }
}
