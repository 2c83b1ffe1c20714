import Logging
import PostgresClient
import RFMCore

/// One attempt at one merchant's backfill: lock the merchant for the session, read once, then
/// one transaction per date.
struct BackfillRun {
    let connection: Connection
    let context: JobContext
    let request: BackfillRequest
    let options: JobOptions
    let logger: Logger
    let finishedEarlier: Set<CivilDate>
    let onDateFinished: @Sendable (CivilDate) -> Void
    /// Shared by the backfill's workers (`ConcurrentReadLimit`): the largest merchant reads alone, and the
    /// small ones read and write beside its dates, whose COPYs keep one core busy, not two.
    var readTurns = ConcurrentReadLimit(jobs: 1)
    /// Shared by the backfill's workers: a day's merchants in id order after the largest (`HistoryWriteOrder`).
    var leaderDates = HistoryWriteOrder(leader: nil)

    func run(_ merchant: String, attempt: Int) -> BackfillOutcome {
        defer { leaderDates.finished(merchant) }
        let clock = ContinuousClock()
        let started = clock.now
        let settings = context.resolver.settings(for: merchant)
        var outcome = BackfillOutcome(merchant: merchant, from: request.from, to: request.to, scheme: settings.scoring.scheme.name)
        outcome.dryRun = options.dryRun
        outcome.settings = settings
        var logger = self.logger
        logger[metadataKey: "merchant"] = "\(merchant)"
        if attempt > 0 { logger[metadataKey: "attempt"] = "\(attempt + 1)" }
        let lock = MerchantLock(connection: connection)
        let ledger = RunLedger(connection: connection)
        do {
            let plan = try context.plan(for: merchant)
            try context.requireKnown(merchant, plan: plan, on: connection)
            // A model fit per date would need every date's history of purchase days, which the
            // read-once design of `BackfillSeries` does not keep (DECISIONS, "Model LTV").
            guard plan.scoring.ltvModel == .seed else {
                throw JobFailure(.configuration, "backfill writes the seed's predictive LTV only, and merchant \(merchant)'s settings ask for ltv_model \(plan.scoring.ltvModel.rawValue); for model outputs run `rfm-nightly run --as-of D` for each date")
            }
            let settingsRecord = plan.record
            outcome.settingsHash = settingsRecord.hash
            logger[metadataKey: "settings.hash"] = "\(settingsRecord.shortHash)"
            if options.share {
                // A shared backfill: the holder writes the dates it took; ours are what it left.
                guard try lock.tryAcquireForSession(merchant) else {
                    outcome.heldElsewhere = true
                    return outcome
                }
            } else {
                try lock.acquireForSession(merchant, ownRun: nil)
            }
            defer { lock.releaseForSession(merchant) }
            try LockTimeout.naming("reading the ledger", relations: ["rfm_runs"]) {
                if !options.dryRun { try ledger.abandonStale(merchant: merchant, except: nil) }
            }
            Failpoint.hit("locked")
            var done = finishedEarlier
            if !request.redo {
                done.formUnion(try LockTimeout.naming("reading the ledger", relations: ["rfm_runs"]) {
                    try ledger.datesWritten(merchant: merchant, in: request.from...request.to, settings: settingsRecord)
                })
            }
            let todo = request.dates.filter { !done.contains($0) }
            outcome.skippedDates = request.dates.filter { done.contains($0) }
            guard let newest = todo.last else {
                logger.debug("backfill: every date already written", metadata: ["skipped": "\(outcome.skippedDates.count)"])
                outcome.timings.total = clock.now - started
                return outcome
            }

            var phase = clock.now
            var windows = try readTurns.inTurn {
                phase = clock.now  // waiting for the turn is not reading
                return try LockTimeout.naming("reading the merchant's events", relations: plan.readRelations) {
                    try read(merchant, plan: plan, through: newest, into: &outcome)
                }
            }
            outcome.timings.read = clock.now - phase
            logger.debug("phase done", metadata: [
                "phase": "read", "rows": "\(outcome.quality.rowsRead)", "duration.ms": "\(outcome.timings.read.milliseconds)",
            ])
            if options.strict, let warnings = windows.warningsAcrossDates(), warnings.warningCount > 0 {
                throw JobFailure.strict(warnings)
            }
            var currentPartition = CurrentPartition.shared
            if !options.dryRun {
                try LockTimeout.naming("creating history partitions", relations: ["customer_ltv_history"]) {
                    for date in todo { try ScoreWriter.ensureHistoryPartition(for: date, on: connection) }
                }
                currentPartition = try CurrentPartition.of(merchant, on: connection)
            }
            let current = try ledger.currentAsOf(merchant: merchant)
            // The date just written, whose segments the next date's transitions compare with.
            var previous: (date: CivilDate, segments: SegmentSnapshot)?
            for (index, date) in todo.enumerated() {
                phase = clock.now
                let measures = try windows.measures(for: date)
                let scores = try plan.scorer.score(measures.customers)
                let summary = SegmentSummary(scores: scores, scheme: plan.scoring.scheme)
                outcome.timings.score += clock.now - phase
                options.progress?(.init(merchant: merchant, phase: "backfill \(date)", count: index + 1, total: todo.count))

                if !options.dryRun { leaderDates.waitForLeader(merchant, toWrite: date) }
                phase = clock.now
                // customer_ltv takes the range's newest date once, if at least as new as what it holds.
                let writesCurrent = date == newest && (current.map { date >= $0 } ?? true)
                let runID = try options.dryRun ? nil : LockTimeout.naming(
                    "writing \(date)", relations: ["rfm_runs", "customer_ltv_history", "segment_transitions", "customer_ltv"]
                ) {
                    try write(
                        scores, summary: summary, quality: measures.quality, merchant: merchant, date: date,
                        writesCurrent: writesCurrent, currentPartition: currentPartition, plan: plan, previous: previous,
                        nextWrittenLater: index + 1 < todo.count ? todo[index + 1] : nil, ledger: ledger, logger: logger
                    )
                }
                previous = (date, windows.segmentSnapshot(of: scores))
                outcome.timings.write += clock.now - phase
                outcome.dates.append(.init(
                    asOf: date, runID: runID, summary: summary, quality: measures.quality,
                    wroteCurrent: writesCurrent && !options.dryRun
                ))
                if !options.dryRun {
                    onDateFinished(date)
                    leaderDates.wrote(date, by: merchant)
                }
            }
        } catch {
            let failure = JobFailure.classify(error, describingLocksOn: connection)
            outcome.failure = failure
            failure.log("backfill failed", to: logger)
        }
        outcome.timings.total = clock.now - started
        logger.debug("backfill done", metadata: [
            "dates.written": "\(outcome.dates.count)", "dates.skipped": "\(outcome.skippedDates.count)",
            "duration.ms": "\(outcome.timings.total.milliseconds)", "phase.score.ms": "\(outcome.timings.score.milliseconds)",
            "phase.write.ms": "\(outcome.timings.write.milliseconds)",
        ])
        return outcome
    }

    /// Reads every row before the newest date once, in one consistent snapshot.
    private func read(
        _ merchant: String, plan: MerchantPlan, through newest: CivilDate, into outcome: inout BackfillOutcome
    ) throws -> BackfillDates {
        let oldest = request.dates.first { !outcome.skippedDates.contains($0) } ?? newest
        let reader = EventReader(connection: connection, source: plan.source)
        let progress = options.progress
        let (series, afterCutoff) = try connection.transaction(.repeatableRead, readOnly: true) {
            var series = BackfillSeries(
                from: oldest, through: newest, settings: plan.scoring, rates: plan.rates,
                excludedKeys: try plan.excludedKeys(merchant, on: connection)
            )
            try reader.read(merchant: merchant, before: newest, into: &series) { count in
                progress?(.init(merchant: merchant, phase: "read", count: count, total: nil))
            }
            return (series, try reader.countAfter(newest, merchant: merchant))
        }
        outcome.quality = series.quality
        outcome.quality.rowsAfterCutoff += afterCutoff
        Failpoint.hit("read-done")
        return (consume series).windows()
    }

    /// Writes one date in its own transaction; returns its run id.
    private func write(
        _ scores: ScoredCustomers, summary: SegmentSummary, quality: DataQuality, merchant: String, date: CivilDate,
        writesCurrent: Bool, currentPartition: CurrentPartition, plan: MerchantPlan, previous: (date: CivilDate, segments: SegmentSnapshot)?,
        nextWrittenLater: CivilDate?, ledger: RunLedger, logger: Logger
    ) throws -> Int64 {
        let runID = try ledger.start(merchant: merchant, asOf: date, mode: .backfill, source: plan.source.name, settings: plan.record)
        do {
            try connection.transaction {
                let writer = ScoreWriter(connection: connection, merchant: merchant, asOf: date, runID: runID)
                // The changes against the date before, worked out on the other core while the
                // server takes this date's history.
                let changes = previous.map { previous in
                    DedicatedThread { try SegmentChangeMerge.changes(from: previous.segments, to: scores) }
                }
                do {
                    try writer.replaceHistory(with: scores)
                } catch {
                    _ = changes?.join()
                    throw error
                }
                try SegmentTransitionRecorder(connection: connection, merchant: merchant, asOf: date, runID: runID, logger: logger)
                    .record(
                        scores, previousInMemory: previous, changesFromMemory: changes.map { changes in { try changes.join().get() } },
                        nextWrittenLater: nextWrittenLater
                    )
                if writesCurrent { try writer.replaceCurrent(with: scores, partition: currentPartition, logger: logger) }
                try ledger.succeed(runID: runID, quality: quality, summary: summary, wroteHistory: true, wroteCurrent: writesCurrent)
                Failpoint.hit("ledger-updated")
            }
            ledger.end(runID: runID)
        } catch {
            ledger.fail(runID: runID, failure: JobFailure.classify(error))
            throw error
        }
        Failpoint.hit("date-committed")
        logger.debug("date written", metadata: ["as_of": "\(date)", "run.id": "\(runID)", "customers": "\(scores.count)"])
        return runID
    }
}
