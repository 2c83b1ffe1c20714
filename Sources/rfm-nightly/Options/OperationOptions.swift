import ArgumentParser
import Foundation
import RFMJob

/// How a run behaves when things go wrong or take long: shared by `run` and `backfill`.
struct OperationOptions: ParsableArguments {
    @Option(help: "Merchants scored at once, each on its own connection (memory grows with each).")
    var jobs: Int = 1

    @Option(name: .customLong("lock-timeout"), help: "Seconds to wait for any lock (another run holding a merchant, a table another session locked) before giving up (exit 73); a shorter lock_timeout set on the server wins.")
    var lockTimeoutSeconds: Int = 60

    @Option(help: "Extra attempts per merchant after a lost connection, a server restart, a serialization failure or a deadlock (backoff 1 s, 2 s, 4 s … up to 30 s).")
    var retries: Int = 0

    @Flag(help: "Fail a merchant (exit 65, nothing written) if reading found any skipped row or currency without a rate.")
    var strict = false

    @Flag(help: "Share the night with every other process started with --share against this database, on any host: each takes the next merchant nobody holds, leaves those already scored for the date, and takes over a dead process's (docs/SCALING.md).")
    var share = false

    @Option(help: "What stdout shows: fleet (a dozen lines for the whole run, the default) or merchants (a block per merchant).")
    var summary: SummaryMode = .fleet

    @Option(name: .customLong("metrics-file"), help: "Write Prometheus text-format metrics here when done (for node_exporter's textfile collector; replaced atomically).")
    var metricsFile: String?

    func validate() throws {
        guard (1...64).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 64") }
        guard (0...86_400).contains(lockTimeoutSeconds) else { throw ValidationError("--lock-timeout must be between 0 and 86400 seconds") }
        guard (0...20).contains(retries) else { throw ValidationError("--retries must be between 0 and 20") }
        if let metricsFile, !metricsFile.hasSuffix(".prom") {
            throw ValidationError("--metrics-file must end in .prom (node_exporter's textfile collector reads only those)")
        }
    }

    /// For a command's own `validate`, which knows whether it is a dry run.
    func check(dryRun: Bool) throws {
        if share, dryRun {
            throw ValidationError("--share divides the work by what the ledger records, and a dry run records nothing: use one or the other")
        }
    }

    func jobOptions(dryRun: Bool) -> JobOptions {
        var options = JobOptions()
        options.dryRun = dryRun
        options.strict = strict
        options.jobs = jobs
        options.share = share
        options.retries = retries
        options.lockTimeout = .seconds(lockTimeoutSeconds)
        let environment = ProcessInfo.processInfo.environment
        if let customers = environment["RFM_STAGE_CURRENT_FROM"].flatMap({ Int($0) }), customers >= 0 {
            options.stageCurrentFrom = customers
        }
        if let merchants = environment["RFM_BATCH_MERCHANTS"].flatMap({ Int($0) }), (1...1_000).contains(merchants) {
            options.batchMerchants = merchants
        }
        if let poll = environment["RFM_SHARE_POLL_MS"].flatMap({ Int($0) }), (1...60_000).contains(poll) {
            options.sharePoll = .milliseconds(poll)
        }
        if let rows = environment["RFM_BATCH_ROWS"].flatMap({ Int($0) }), rows >= 1 { options.batchRows = rows }
        if FileHandleOutput.standardError.isTerminal { options.progress = ProgressLine.shared.show }
        return options
    }
}
