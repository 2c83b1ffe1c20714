import Logging
import PostgresClient
import RFMConfig
import RFMCore

/// Reads, scores and writes every requested merchant for one as-of date (SPEC §2–§6). Each
/// merchant is one transaction — lock, read, score, write history and current state, mark the
/// ledger — so a crash, a kill or a lost connection at any moment leaves that merchant's
/// previous results, and the next run completes.
public struct NightlyJob: Sendable {
    let conninfo: String?
    let logger: Logger

    /// `conninfo` nil means libpq's defaults (PG* variables, ~/.pgpass, service file).
    public init(conninfo: String?, logger: Logger) {
        self.conninfo = conninfo
        self.logger = logger
    }

    /// Runs every merchant, calling `report` as each finishes. A merchant's failure does not stop
    /// the others, unless the database itself is gone.
    @discardableResult
    public func run(
        _ request: RunRequest, options: JobOptions = JobOptions(), report: @Sendable (MerchantOutcome) -> Void = { _ in }
    ) throws -> [MerchantOutcome] {
        let context = try JobContext.prepare(
            conninfo: conninfo, lockTimeout: options.lockTimeout, resolver: request.settings, merchants: request.merchants, logger: logger
        )
        logger.info("run started", metadata: [
            "as_of": "\(request.asOf)", "source": "\(request.sourceName)", "merchants": "\(context.merchants.count)",
            "dry_run": "\(options.dryRun)", "jobs": "\(options.jobs)",
        ])
        let scheduler = MerchantScheduler(conninfo: conninfo, options: options, logger: logger)
        let logger = self.logger
        let readTurns = ReadTurns(jobs: options.jobs)
        let conninfo = self.conninfo
        let spares = SpareConnections { try Connection.forJob(conninfo, lockTimeout: options.lockTimeout) }
        return scheduler.run(context.merchants, startingWith: context.largestFirst, task: { merchant, attempt, connection in
            MerchantRun(
                connection: connection, context: context, asOf: request.asOf, options: options, logger: logger,
                readTurns: readTurns, spares: spares
            ).run(merchant, attempt: attempt)
        }, report: report)
    }
}
