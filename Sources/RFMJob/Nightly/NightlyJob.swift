import Logging
import PostgresClient
import RFMConfig
import RFMCore

/// Reads, scores and writes every requested merchant for one as-of date (SPEC §2–§6). A large
/// merchant is one transaction of its own (`MerchantRun`); small ones go many to a transaction
/// (`MerchantBatch`), each still locked, scored and recorded on its own. Either way a crash, a
/// kill or a lost connection at any moment leaves each merchant's previous results whole, and
/// the next run completes.
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
        let conninfo = self.conninfo
        let connect: @Sendable () throws -> Connection = { try Connection.forJob(conninfo, lockTimeout: options.lockTimeout, sharing: options.share) }
        let plan: NightPlan
        let connection = try connect()
        do {
            if !options.dryRun, !context.merchants.isEmpty {
                try LockTimeout.naming("creating the history partition for \(request.asOf)", relations: ["customer_ltv_history"]) {
                    try ScoreWriter.ensureHistoryPartition(for: request.asOf, on: connection)
                }
            }
            plan = try NightPlan.make(context: context, asOf: request.asOf, options: options, on: connection)
        } catch let timeout as LockTimeout {
            throw timeout.described(on: connection)
        }
        let batches = plan.units.filter { if case .batch = $0 { true } else { false } }.count
        logger.info("night planned", metadata: [
            "merchants": "\(context.merchants.count)", "units.alone": "\(plan.units.count - batches)", "units.batches": "\(batches)",
        ])
        let logger = self.logger
        let readTurns = ConcurrentReadLimit(jobs: options.jobs)
        let spares = SpareConnections(connect: connect)
        let scheduler = NightScheduler(connect: connect, options: options, logger: logger)
        return scheduler.run(plan, merchants: context.merchants, task: { unit, attempt, connection in
            switch unit {
            case .merchant(let merchant, let rows):
                let outcome = MerchantRun(
                    connection: connection, context: context, asOf: request.asOf, options: options, logger: logger,
                    readTurns: readTurns, spares: context.distributed ? nil : spares, plannedRows: rows
                ).run(merchant, attempt: attempt)
                return outcome.heldElsewhere ? .init(busy: [merchant]) : .init(outcomes: [outcome])
            case .batch(let merchants):
                return MerchantBatch(
                    connection: connection, context: context, asOf: request.asOf, options: options, logger: logger, readTurns: readTurns
                ).run(merchants)
            }
        }, report: report)
    }
}
