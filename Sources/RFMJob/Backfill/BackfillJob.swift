import Logging
import PostgresClient
import RFMConfig
import RFMCore
import Synchronization

/// Writes history for a range of as-of dates, oldest first, each date exactly as a nightly run
/// would have (SPEC §6), reading each merchant's events once (see `BackfillSeries`). Each date is
/// its own transaction, so an interrupted backfill keeps every finished date and, run again,
/// continues from the first missing one.
public struct BackfillJob: Sendable {
    let conninfo: String?
    let logger: Logger

    public init(conninfo: String?, logger: Logger) {
        self.conninfo = conninfo
        self.logger = logger
    }

    @discardableResult
    public func run(
        _ request: BackfillRequest, options: JobOptions = JobOptions(),
        report: @Sendable (BackfillOutcome) -> Void = { _ in }
    ) throws -> [BackfillOutcome] {
        let context = try JobContext.prepare(
            conninfo: conninfo, lockTimeout: options.lockTimeout, resolver: request.settings, merchants: request.merchants, logger: logger
        )
        logger.info("backfill started", metadata: [
            "from": "\(request.from)", "to": "\(request.to)", "merchants": "\(context.merchants.count)",
            "source": "\(request.settings.defaults.source)", "jobs": "\(options.jobs)",
        ])
        let logger = self.logger
        // Dates finished by an earlier attempt of this backfill: a retry does not redo them.
        let finished = Mutex<[ByteKey: Set<CivilDate>]>([:])
        let scheduler = MerchantScheduler(conninfo: conninfo, options: options, logger: logger)
        let readTurns = ConcurrentReadLimit(jobs: options.jobs)
        let leaderDates = HistoryWriteOrder(leader: context.largestFirst.first.map { context.merchants[$0] })
        return scheduler.run(context.merchants, startingWith: context.largestFirst, task: { merchant, attempt, connection in
            BackfillRun(
                connection: connection, context: context, request: request, options: options, logger: logger,
                finishedEarlier: finished.withLock { $0[ByteKey(merchant)] ?? [] },
                onDateFinished: { date in finished.withLock { _ = $0[ByteKey(merchant), default: []].insert(date) } },
                readTurns: readTurns, leaderDates: leaderDates
            ).run(merchant, attempt: attempt)
        }, report: report)
    }
}
