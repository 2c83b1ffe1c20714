import Logging
import PostgresClient
import RFMCore

/// One attempt at one merchant's nightly run, in one transaction.
struct MerchantRun {
    let connection: Connection
    let context: JobContext
    let asOf: CivilDate
    let options: JobOptions
    let logger: Logger
    /// Shared by the run's workers: reads take turns (`ConcurrentReadLimit`).
    var readTurns = ConcurrentReadLimit(jobs: 1)
    /// Where a large merchant's current state is built beside its history (`StagedCurrentState`);
    /// nil: always in place.
    var spares: SpareConnections?
    /// The rows the night's plan counted for a merchant never run before (`NightPlan`).
    var plannedRows: Int64 = 0

    func run(_ merchant: String, attempt: Int) -> MerchantOutcome {
        let clock = ContinuousClock()
        let started = clock.now
        let settings = context.resolver.settings(for: merchant)
        var outcome = MerchantOutcome(merchant: merchant, asOf: asOf, scheme: settings.scoring.scheme.name)
        outcome.dryRun = options.dryRun
        outcome.settings = settings
        var logger = self.logger
        logger[metadataKey: "merchant"] = "\(merchant)"
        logger[metadataKey: "as_of"] = "\(asOf)"
        if attempt > 0 { logger[metadataKey: "attempt"] = "\(attempt + 1)" }
        let ledger = RunLedger(connection: connection)
        let lock = MerchantLock(connection: connection)
        var locked = false
        defer { if locked { lock.releaseForSession(merchant) } }
        do {
            let plan = try context.plan(for: merchant)
            try context.requireKnown(merchant, plan: plan, on: connection)
            outcome.settingsHash = plan.record.hash
            logger[metadataKey: "settings.hash"] = "\(plan.record.shortHash)"
            if options.share {
                // A shared night: the merchant is the holder's, or done, or ours.
                guard try lock.tryAcquireForSession(merchant) else {
                    outcome.heldElsewhere = true
                    return outcome
                }
                locked = true
                if let done = try ledger.scoredElsewhere([(merchant, plan.record.hash)], asOf: asOf)[ByteKey(merchant)] {
                    outcome.scoredElsewhere = done
                    return outcome
                }
            }
            var currentPartition = CurrentPartition.shared
            if !options.dryRun {
                try LockTimeout.naming("creating the history partition for \(asOf)", relations: ["customer_ltv_history"]) {
                    try ScoreWriter.ensureHistoryPartition(for: asOf, on: connection)
                }
                let runID = try LockTimeout.naming("recording the run in the ledger", relations: ["rfm_runs"]) {
                    try ledger.start(merchant: merchant, asOf: asOf, mode: .run, source: plan.source.name, settings: plan.record)
                }
                outcome.runID = runID
                logger[metadataKey: "run.id"] = "\(runID)"
            }
            // The lock comes before the transaction: a REPEATABLE READ snapshot taken while
            // waiting would miss what the previous holder committed.
            if !locked {
                try lock.acquireForSession(merchant, ownRun: outcome.runID)
                locked = true
            }
            if !options.dryRun {
                try LockTimeout.naming("dropping a staged table left by a killed run", relations: ["customer_ltv"]) {
                    try StagedCurrentState.dropLeftovers(of: merchant, keeping: outcome.runID, on: connection)
                }
                currentPartition = try CurrentPartition.of(merchant, on: connection)
                if currentPartition == .shared, isLarge(merchant), !context.distributed {
                    do {
                        currentPartition = try CurrentPartition.giveOwn(to: merchant, on: connection)
                    } catch let error as PostgresError where error.sqlState == .lockNotAvailable || error.sqlState == .deadlockDetected {
                        // Readers or another run held customer_ltv: tonight in the shared partition, in place.
                        logger.warning("merchant stays in the shared partition tonight: customer_ltv was busy", metadata: [
                            "db.sqlstate": "\(error.sqlState?.code ?? "")",
                        ])
                    }
                }
            }
            try connection.transaction(.repeatableRead, readOnly: options.dryRun) {
                if !options.dryRun {
                    try LockTimeout.naming("marking stale runs abandoned", relations: ["rfm_runs"]) {
                        try ledger.abandonStale(merchant: merchant, except: outcome.runID)
                    }
                }
                Failpoint.hit("locked")
                let scored = try LockTimeout.naming("reading the merchant's events", relations: plan.readRelations) {
                    try readAndScore(merchant, plan: plan, into: &outcome, logger: logger)
                }
                guard let runID = outcome.runID else { return }
                try write(
                    scored, merchant: merchant, runID: runID, currentPartition: currentPartition, outcome: &outcome,
                    ledger: ledger, logger: logger
                )
            }
            if let runID = outcome.runID { ledger.end(runID: runID) }
            Failpoint.hit("committed")
        } catch {
            if let runID = outcome.runID { StagedCurrentState(merchant: merchant, asOf: asOf, runID: runID).dropIfLeft(on: connection) }
            outcome.fail(JobFailure.classify(error, describingLocksOn: connection), ledger: ledger, logger: logger)
        }
        outcome.timings.total = clock.now - started
        if outcome.succeeded {
            logger.debug("merchant done", metadata: [
                "customers": "\(outcome.summary?.customersScored ?? 0)", "rows.skipped": "\(outcome.quality.skippedTotal)",
                "duration.ms": "\(outcome.timings.total.milliseconds)",
            ])
        }
        return outcome
    }

    /// Large enough for a partition of its own, where its rows go into fresh storage every night:
    /// it scored `stageCurrentFrom` customers or more last time, or, never run, it has at least
    /// that many rows (a merchant never run comes here, rather than into a batch, only with more
    /// rows than a batch holds).
    private func isLarge(_ merchant: String) -> Bool {
        guard let record = context.records[ByteKey(merchant)] else { return plannedRows >= Int64(options.stageCurrentFrom) }
        return record.customers >= options.stageCurrentFrom
    }

    /// Reads the merchant's events and scores them (with the model's outputs when the settings
    /// ask for them); fails under `--strict` if reading found anything to warn about, before a
    /// single row is written.
    private func readAndScore(
        _ merchant: String, plan: MerchantPlan, into outcome: inout MerchantOutcome, logger: Logger
    ) throws -> ScoredMerchant {
        let window = ScoringWindow(asOf: asOf, days: plan.scoring.windowDays)
        let excludedKeys = try plan.excludedKeys(merchant, on: connection)
        guard plan.scoring.ltvModel == .seed else {
            return try readAndScoreWithModel(
                merchant, plan: plan, window: window, excludedKeys: excludedKeys, into: &outcome, logger: logger
            )
        }
        var accumulator = EventAccumulator(window: window, settings: plan.scoring, rates: plan.rates, excludedKeys: excludedKeys)
        let afterCutoff = try read(merchant, plan: plan, into: &accumulator, outcome: &outcome, logger: logger)

        let clock = ContinuousClock()
        let phase = clock.now
        // Consumed, not copied: finish() frees the window's rows before it builds the measures.
        var measures = try (consume accumulator).finish()
        measures.quality.rowsAfterCutoff += afterCutoff
        let scores = try score(measures, plan: plan, into: &outcome)
        outcome.timings.score = clock.now - phase
        try scored(scores, into: outcome, logger: logger)
        return ScoredMerchant(scores: scores)
    }

    /// Streams the merchant's rows before the cutoff into `sink`; returns the rows after it.
    func read<Sink: EventSink>(
        _ merchant: String, plan: MerchantPlan, into sink: inout Sink, outcome: inout MerchantOutcome, logger: Logger
    ) throws -> Int {
        let clock = ContinuousClock()
        var phase = clock.now
        let reader = EventReader(connection: connection, source: plan.source)
        let progress = options.progress
        let rows = try readTurns.inTurn {
            phase = clock.now  // waiting for the turn is not reading
            return try reader.read(merchant: merchant, before: asOf, into: &sink) { count in
                progress?(.init(merchant: merchant, phase: "read", count: count, total: nil))
            }
        }
        let afterCutoff = try reader.countAfter(asOf, merchant: merchant)
        Failpoint.hit("read-done")
        outcome.timings.read = clock.now - phase
        logger.debug("phase done", metadata: ["phase": "read", "rows": "\(rows)", "duration.ms": "\(outcome.timings.read.milliseconds)"])
        return afterCutoff
    }

    /// Scores the measures and notes the summary in `outcome`.
    func score(_ measures: MerchantMeasures, plan: MerchantPlan, into outcome: inout MerchantOutcome) throws -> ScoredCustomers {
        let scores = try plan.scorer.score(measures.customers)
        outcome.quality = measures.quality
        outcome.summary = SegmentSummary(scores: scores, scheme: plan.scoring.scheme)
        return scores
    }

    /// After scoring: the log line, the failpoint, `--strict`.
    func scored(_ scores: ScoredCustomers, into outcome: MerchantOutcome, logger: Logger) throws {
        logger.debug("phase done", metadata: [
            "phase": "score", "customers": "\(scores.count)", "duration.ms": "\(outcome.timings.score.milliseconds)",
        ])
        Failpoint.hit("scored")
        if options.strict, outcome.quality.warningCount > 0 {
            throw JobFailure.strict(outcome.quality)
        }
    }

    private func write(
        _ scored: ScoredMerchant, merchant: String, runID: Int64, currentPartition: CurrentPartition,
        outcome: inout MerchantOutcome, ledger: RunLedger, logger: Logger
    ) throws {
        let clock = ContinuousClock()
        let phase = clock.now
        let scores = scored.scores
        let writer = ScoreWriter(connection: connection, merchant: merchant, asOf: asOf, runID: runID)
        // An older date than the current state's writes history only (SPEC §6).
        let writesCurrent = try ledger.currentAsOf(merchant: merchant).map { $0 <= asOf } ?? true
        let staging = writesCurrent ? try stageCurrent(scored, writer: writer, runID: runID) : nil
        do {
            try LockTimeout.naming("writing history", relations: ["customer_ltv_history"]) {
                try writer.replaceHistory(with: scores, predictions: scored.predictions)
            }
            // Before customer_ltv is replaced: the previous snapshot is read from it.
            try LockTimeout.naming("recording segment changes", relations: ["segment_transitions", "customer_ltv", "customer_ltv_history"]) {
                try SegmentTransitionRecorder(
                    connection: connection, merchant: merchant, asOf: asOf, runID: runID, logger: logger,
                    // A partition of its own is read by name (no lock on customer_ltv, which another
                    // merchant's swap takes); the shared one through customer_ltv, parent first.
                    currentPartition: currentPartition == .shared ? nil : currentPartition.name
                ).record(scores)
            }
        } catch {
            staging?.abandon()  // the staged table, if built, goes with the failure (`dropIfLeft`)
            throw error
        }
        outcome.wroteHistory = true
        outcome.keptNewerCurrent = !writesCurrent
        if writesCurrent {
            try LockTimeout.naming("writing the current state", relations: ["customer_ltv"]) {
                let swapped = try staging.map { try $0.swapIn(for: currentPartition, on: connection) } ?? false
                if !swapped {
                    try writer.replaceCurrent(
                        with: scores, partition: currentPartition, predictions: scored.predictions, logger: logger
                    )
                }
            }
            outcome.wroteCurrent = true
        }
        try LockTimeout.naming("recording the run in the ledger", relations: ["rfm_runs"]) {
            if let model = outcome.model { try ledger.recordModel(runID: runID, model) }
            try ledger.succeed(
                runID: runID, quality: outcome.quality, summary: outcome.summary!,
                wroteHistory: outcome.wroteHistory, wroteCurrent: outcome.wroteCurrent
            )
        }
        Failpoint.hit("ledger-updated")
        outcome.timings.write = clock.now - phase
        logger.debug("phase done", metadata: [
            "phase": "write", "rows.written": "\(scores.count * (outcome.wroteCurrent ? 2 : 1))",
            "duration.ms": "\(outcome.timings.write.milliseconds)",
        ])
    }
}

extension MerchantOutcome {
    /// Records a failure: nothing of this attempt was written (the transaction rolled back).
    mutating func fail(_ failure: JobFailure, ledger: RunLedger, logger: Logger) {
        self.failure = failure
        wroteHistory = false
        wroteCurrent = false
        keptNewerCurrent = false
        if let runID { ledger.fail(runID: runID, failure: failure) }
        failure.log("merchant failed", to: logger)
    }
}

extension JobFailure {
    /// The error line of a failed merchant: message, category and SQLSTATE.
    func log(_ what: String, to logger: Logger) {
        var metadata: Logger.Metadata = ["error.category": "\(category)"]
        if let sqlState { metadata["db.sqlstate"] = "\(sqlState)" }
        logger.error("\(what): \(message)", metadata: metadata)
    }
}

extension JobFailure {
    /// `--strict` and reading found warnings: the merchant is refused, nothing written.
    static func strict(_ quality: DataQuality) -> JobFailure {
        var parts = quality.skipped.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }
        if quality.unknownCurrencyRows > 0 { parts.append("unknown_currency \(quality.unknownCurrencyRows)") }
        return JobFailure(.badData, "--strict: \(quality.warningCount) data-quality warnings (\(parts.joined(separator: ", "))); nothing written")
    }
}
