import Logging
import PostgresClient
import RFMCore

/// Reads, scores and writes every requested merchant (SPEC §2–§6). Each merchant is one
/// transaction — lock, read, score, write history and current state, mark the ledger — so a
/// crash, a kill or a lost connection at any moment leaves that merchant's previous results.
public struct NightlyJob {
    let connection: Connection
    let logger: Logger

    public init(connection: Connection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    /// Runs every merchant, calling `report` as each finishes. A merchant's failure does not stop
    /// the others, unless the database itself is gone.
    @discardableResult
    public func run(_ request: RunRequest, report: (MerchantOutcome) -> Void = { _ in }) throws -> [MerchantOutcome] {
        try connection.execute("SET TimeZone = 'UTC'")
        try Migrator(connection: connection, logger: logger).requireCurrent()
        let source = try SourceRelation.resolve(request.sourceName, on: connection)
        let rates = try FXRateStore(connection: connection, logger: logger).load()
        let scorer = try CustomerScorer(settings: request.settings)
        let merchants = try request.merchants ?? source.merchants(on: connection)
        logger.info("run started", metadata: [
            "as_of": "\(request.asOf)", "source": "\(source.quotedName)", "merchants": "\(merchants.count)",
            "dry_run": "\(request.dryRun)",
        ])
        var outcomes: [MerchantOutcome] = []
        for merchant in merchants {
            let outcome = runMerchant(merchant, request: request, source: source, rates: rates, scorer: scorer)
            outcomes.append(outcome)
            report(outcome)
            if let failure = outcome.failure, failure.category == .unavailable || failure.category == .temporary {
                break  // the connection is gone: the remaining merchants would fail the same way
            }
        }
        return outcomes
    }

    func runMerchant(
        _ merchant: String, request: RunRequest, source: SourceRelation, rates: FXRates, scorer: CustomerScorer
    ) -> MerchantOutcome {
        let clock = ContinuousClock()
        let started = clock.now
        var outcome = MerchantOutcome(merchant: merchant, asOf: request.asOf, scheme: request.settings.scheme.name)
        outcome.dryRun = request.dryRun
        var logger = self.logger
        logger[metadataKey: "merchant"] = "\(merchant)"
        logger[metadataKey: "as_of"] = "\(request.asOf)"
        let ledger = RunLedger(connection: connection)
        do {
            if !request.dryRun {
                try ScoreWriter.ensureHistoryPartition(for: request.asOf, on: connection)
                let runID = try ledger.start(
                    merchant: merchant, asOf: request.asOf, mode: .run, source: source.name,
                    settings: RunSettingsRecord(settings: request.settings, rates: rates)
                )
                outcome.runID = runID
                logger[metadataKey: "run.id"] = "\(runID)"
            }
            try connection.transaction(.repeatableRead, readOnly: request.dryRun) {
                if !request.dryRun {
                    try MerchantLock(connection: connection).acquire(merchant)
                    try ledger.abandonStale(merchant: merchant)
                }
                var phase = clock.now
                let window = ScoringWindow(asOf: request.asOf, days: request.settings.windowDays)
                var accumulator = EventAccumulator(window: window, settings: request.settings, rates: rates)
                let rows = try EventReader(connection: connection, source: source)
                    .read(merchant: merchant, window: window, into: &accumulator)
                outcome.timings.read = clock.now - phase
                logger.info("phase done", metadata: ["phase": "read", "rows": "\(rows)", "duration.ms": "\(outcome.timings.read.milliseconds)"])

                phase = clock.now
                let measures = try accumulator.finish()
                let scores = try scorer.score(measures.customers)
                let summary = SegmentSummary(scores: scores, scheme: request.settings.scheme)
                outcome.quality = measures.quality
                outcome.summary = summary
                outcome.timings.score = clock.now - phase
                logger.info("phase done", metadata: [
                    "phase": "score", "customers": "\(scores.count)", "duration.ms": "\(outcome.timings.score.milliseconds)",
                ])
                guard let runID = outcome.runID else { return }

                phase = clock.now
                let writer = ScoreWriter(connection: connection, merchant: merchant, asOf: request.asOf, runID: runID)
                try writer.replaceHistory(with: scores)
                // Before customer_ltv is replaced: the previous snapshot is read from it.
                try SegmentTransitionRecorder(connection: connection, merchant: merchant, asOf: request.asOf, runID: runID, logger: logger)
                    .record(scores)
                outcome.wroteHistory = true
                if let current = try ledger.currentAsOf(merchant: merchant), current > request.asOf {
                    outcome.keptNewerCurrent = true  // a backfill: history only (SPEC §6)
                } else {
                    try writer.replaceCurrent(with: scores)
                    outcome.wroteCurrent = true
                }
                try ledger.succeed(
                    runID: runID, quality: measures.quality, summary: summary,
                    wroteHistory: outcome.wroteHistory, wroteCurrent: outcome.wroteCurrent
                )
                outcome.timings.write = clock.now - phase
                logger.info("phase done", metadata: [
                    "phase": "write", "rows.written": "\(scores.count * (outcome.wroteCurrent ? 2 : 1))",
                    "duration.ms": "\(outcome.timings.write.milliseconds)",
                ])
            }
        } catch {
            let failure = JobFailure.classify(error)
            outcome.failure = failure
            outcome.wroteHistory = false
            outcome.wroteCurrent = false
            if let runID = outcome.runID { ledger.fail(runID: runID, failure: failure) }
            var metadata: Logger.Metadata = ["error.category": "\(failure.category)"]
            if let state = failure.sqlState { metadata["db.sqlstate"] = "\(state)" }
            logger.error("merchant failed: \(failure.message)", metadata: metadata)
        }
        outcome.timings.total = clock.now - started
        if outcome.succeeded {
            logger.info("merchant done", metadata: [
                "customers": "\(outcome.summary?.customersScored ?? 0)",
                "rows.skipped": "\(outcome.quality.skippedTotal)",
                "duration.ms": "\(outcome.timings.total.milliseconds)",
            ])
        }
        return outcome
    }
}
