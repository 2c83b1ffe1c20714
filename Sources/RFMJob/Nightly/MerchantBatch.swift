import Foundation
import Logging
import PostgresClient
import RFMCore

/// A night's small merchants in one go (issue 19): one lock statement, one ledger statement, one
/// transaction with one COPY of their rows out, each merchant scored on its own (quintiles stay
/// per merchant), and one COPY per table of every scored merchant's rows in. What a merchant's
/// own run guarantees still holds for each: its results are wholly old or wholly new (one
/// transaction for all), data the job refuses (`--strict`, values the outputs cannot hold)
/// refuses only that merchant, and its lock is its own.
///
/// A database error fails the whole transaction; the batch is then tried again in halves, down
/// to single merchants, so one merchant's trouble (a trigger, a constraint) costs only it. A lost
/// connection ends the batch for the scheduler to retry (`--retries`).
struct MerchantBatch {
    let connection: Connection
    let context: JobContext
    let asOf: CivilDate
    let options: JobOptions
    let logger: Logger
    var readTurns = ConcurrentReadLimit(jobs: 1)

    /// What became of the batch's merchants.
    struct Result {
        var outcomes: [MerchantOutcome] = []
        /// Merchants another run held: to be run on their own, waiting for their lock.
        var busy: [String] = []
    }

    /// One merchant of the batch.
    struct Member {
        let merchant: String
        let plan: MerchantPlan
        var runID: Int64?
        var outcome: MerchantOutcome
    }

    /// `merchants`: distinct, in byte order, all reading from one source.
    func run(_ merchants: [String]) -> Result {
        let clock = ContinuousClock()
        let started = clock.now
        var result = Result()
        var members: [Member] = []
        for merchant in merchants {
            var outcome = MerchantOutcome(merchant: merchant, asOf: asOf, scheme: context.resolver.settings(for: merchant).scoring.scheme.name)
            outcome.dryRun = options.dryRun
            do {
                let plan = try context.plan(for: merchant)
                try context.requireKnown(merchant, plan: plan, on: connection)
                outcome.settings = plan.settings
                outcome.settingsHash = plan.record.hash
                members.append(Member(merchant: merchant, plan: plan, outcome: outcome))
            } catch {
                outcome.fail(JobFailure.classify(error, describingLocksOn: connection), ledger: RunLedger(connection: connection), logger: logger)
                result.outcomes.append(outcome)
            }
        }
        let lock = MerchantLock(connection: connection)
        do {
            let busy: Set<ByteKey>
            do {
                busy = try lock.tryAcquire(members.map(\.merchant))
            } catch {
                lock.release(members.map(\.merchant))  // some may have been taken before the statement failed
                throw error
            }
            result.busy = members.filter { busy.contains(ByteKey($0.merchant)) }.map(\.merchant)
            members.removeAll { busy.contains(ByteKey($0.merchant)) }
        } catch {
            return failed(members, JobFailure.classify(error, describingLocksOn: connection), into: result)
        }
        defer { lock.release(members.map(\.merchant)) }
        if options.share, !members.isEmpty {
            // A shared night: merchants another process scored for the date since we listed them.
            do {
                let done = try RunLedger(connection: connection).scoredElsewhere(
                    members.map { ($0.merchant, $0.plan.record.hash) }, asOf: asOf
                )
                lock.release(members.map(\.merchant).filter { done[ByteKey($0)] != nil })
                for member in members {
                    guard let elsewhere = done[ByteKey(member.merchant)] else { continue }
                    var outcome = member.outcome
                    outcome.scoredElsewhere = elsewhere
                    result.outcomes.append(outcome)
                }
                members.removeAll { done[ByteKey($0.merchant)] != nil }
            } catch {
                return failed(members, JobFailure.classify(error, describingLocksOn: connection), into: result)
            }
        }
        if !options.dryRun, !members.isEmpty {
            do {
                let ledger = RunLedger(connection: connection)
                let ids = try LockTimeout.naming("recording the runs in the ledger", relations: ["rfm_runs"]) {
                    try ledger.abandonStale(merchants: members.map(\.merchant))
                    return try ledger.startBatch(
                        members.map { .init(merchant: $0.merchant, source: $0.plan.source.name, settings: $0.plan.record) },
                        asOf: asOf, mode: .run
                    )
                }
                for index in members.indices {
                    members[index].runID = ids[ByteKey(members[index].merchant)]
                    members[index].outcome.runID = members[index].runID
                }
            } catch {
                return failed(members, JobFailure.classify(error, describingLocksOn: connection), into: result)
            }
        }
        result.outcomes += settle(members)
        let total = clock.now - started
        for index in result.outcomes.indices where result.outcomes[index].timings.total == .zero {
            result.outcomes[index].timings.total = total
        }
        logger.debug("batch done", metadata: [
            "merchants": "\(merchants.count)", "busy": "\(result.busy.count)", "duration.ms": "\(total.milliseconds)",
        ])
        return result
    }

    /// Every member failed with `failure` (nothing of theirs was written).
    private func failed(_ members: [Member], _ failure: JobFailure, into result: Result) -> Result {
        var result = result
        let ledger = RunLedger(connection: connection)
        try? ledger.failBatch(members.compactMap { member in member.runID.map { ($0, failure) } })
        for member in members {
            var outcome = member.outcome
            outcome.failure = failure
            result.outcomes.append(outcome)
        }
        failure.log("batch failed", to: logger)
        return result
    }

    /// Runs the members' transaction; on a database error, the halves on their own.
    private func settle(_ members: [Member]) -> [MerchantOutcome] {
        guard !members.isEmpty else { return [] }
        do {
            return try transaction(members)
        } catch {
            let failure = JobFailure.classify(error, describingLocksOn: connection)
            // Halves only for what one merchant's rows can cause (a trigger, a constraint, a value):
            // a lost connection or a conflict is the scheduler's to retry; a held lock, a timeout,
            // a permission would fail every half the same way, each after its wait.
            let rowCaused = failure.category == .internalError || failure.category == .badData
            if !rowCaused || !connection.isHealthy || members.count == 1 {
                return failed(members, failure, into: Result()).outcomes
            }
            logger.info("batch failed, trying its halves", metadata: [
                "merchants": "\(members.count)", "error.category": "\(failure.category)", "db.sqlstate": "\(failure.sqlState?.code ?? "")",
            ])
            let middle = members.count / 2
            return settle(Array(members[..<middle])) + settle(Array(members[middle...]))
        }
    }

    /// Reads, scores and writes the members in one transaction.
    private func transaction(_ members: [Member]) throws -> [MerchantOutcome] {
        var members = members
        let clock = ContinuousClock()
        let index = ByteKeyIndex(members.map(\.merchant))
        let source = members[0].plan.source
        let outcomes = try connection.transaction(.repeatableRead, readOnly: options.dryRun) {
            Failpoint.hit("locked")
            // Read: one COPY, each row to its merchant's accumulator.
            var phase = clock.now
            var sinks = try makeSinks(members)
            let reader = EventReader(connection: connection, source: source)
            let rows = try LockTimeout.naming("reading the merchants' events", relations: members[0].plan.readRelations) {
                try readTurns.inTurn {
                    phase = clock.now
                    return try reader.read(merchants: index, before: asOf) { member, row in sinks.add(row, to: member) }
                }
            }
            let after = try reader.countsAfter(asOf, merchants: index)
            Failpoint.hit("read-done")
            let read = clock.now - phase
            logger.debug("phase done", metadata: [
                "phase": "read", "merchants": "\(members.count)", "rows": "\(rows)", "duration.ms": "\(read.milliseconds)",
            ])

            // Score: each merchant against itself.
            phase = clock.now
            var scored: [ScoredMerchant?] = Array(repeating: nil, count: members.count)
            for position in members.indices {
                let started = clock.now
                do {
                    scored[position] = try score(&members[position], sinks: &sinks, at: position, afterCutoff: after[position])
                } catch {
                    members[position].outcome.failure = JobFailure.classify(error)
                }
                members[position].outcome.timings.score = clock.now - started
            }
            Failpoint.hit("scored")
            let scoring = clock.now - phase
            logger.debug("phase done", metadata: ["phase": "score", "merchants": "\(members.count)", "duration.ms": "\(scoring.milliseconds)"])
            guard !options.dryRun else { return finish(members, read: read, rows: rows, write: .zero) }

            // Write: history, changes, current state, ledger.
            phase = clock.now
            let written = members.indices.filter { scored[$0] != nil }
            let records = try RunLedger(connection: connection).records(of: written.map { members[$0].merchant })
            try LockTimeout.naming("writing the batch", relations: ["customer_ltv_history", "segment_transitions", "customer_ltv", "rfm_runs"]) {
                let writer = BatchScoreWriter(connection: connection, asOf: asOf)
                let parts = written.map { BatchScoreWriter.Part(merchant: members[$0].merchant, runID: members[$0].runID!, scored: scored[$0]!) }
                // Rows of the date exist only if the ledger has a snapshot of it (a rerun).
                let rerun = parts.map(\.merchant).filter { records[ByteKey($0)]?.newestAsOf.map { $0 >= asOf } ?? false }
                try writer.replaceHistory(parts, rewritten: rerun)
                let transitions = BatchTransitionRecorder(connection: connection, asOf: asOf, logger: logger)
                let usual = try transitions.recordUnusual(written.map {
                    .init(merchant: members[$0].merchant, runID: members[$0].runID!, scores: scored[$0]!.scores,
                          record: records[ByteKey(members[$0].merchant)])
                })
                var current: [BatchScoreWriter.Part] = []
                for (part, position) in zip(parts, written) {
                    members[position].outcome.wroteHistory = true
                    // An older date than the current state's writes history only (SPEC §6).
                    let writesCurrent = records[ByteKey(part.merchant)]?.currentAsOf.map { $0 <= asOf } ?? true
                    members[position].outcome.wroteCurrent = writesCurrent
                    members[position].outcome.keptNewerCurrent = !writesCurrent
                    if writesCurrent { current.append(part) }
                }
                let currentIndex = ByteKeyIndex(current.map(\.merchant))
                var previous = PreviousSegments()
                try writer.clearCurrent(current, index: currentIndex) { previous.add(merchant: $0, asOf: $1, userKey: $2, segment: $3) }
                previous.sort(merchants: currentIndex.count)
                try transitions.record(usual, previous: previous, previousIndex: currentIndex)
                try writer.copyCurrent(current)
                let ledger = RunLedger(connection: connection)
                try ledger.succeedBatch(written.map { position in
                    let outcome = members[position].outcome
                    return .init(runID: outcome.runID!, quality: outcome.quality, summary: outcome.summary!,
                                 wroteCurrent: outcome.wroteCurrent, model: outcome.model)
                })
                try ledger.failBatch(members.compactMap { member in member.outcome.failure.map { (member.runID!, $0) } })
                Failpoint.hit("ledger-updated")
            }
            logger.debug("phase done", metadata: [
                "phase": "write", "merchants": "\(written.count)", "duration.ms": "\((clock.now - phase).milliseconds)",
            ])
            return finish(members, read: read, rows: rows, write: clock.now - phase)
        }
        if !options.dryRun { Failpoint.hit("committed") }
        return outcomes
    }

    /// The outcomes, with the batch's read and write time shared out by rows.
    private func finish(
        _ members: [Member], read: Duration, rows: Int, write: Duration
    ) -> [MerchantOutcome] {
        members.map { member in
            var outcome = member.outcome
            let share = rows > 0 ? Double(outcome.quality.rowsRead) / Double(rows) : 1 / Double(members.count)
            outcome.timings.read = read * share
            outcome.timings.write = write * share
            var logger = logger.with(merchant: member.merchant)
            if let runID = member.runID { logger[metadataKey: "run.id"] = "\(runID)" }
            if let failure = outcome.failure {
                failure.log("merchant failed", to: logger)
            } else {
                logger.debug("merchant done", metadata: [
                    "customers": "\(outcome.summary?.customersScored ?? 0)", "rows": "\(outcome.quality.rowsRead)",
                    "rows.skipped": "\(outcome.quality.skippedTotal)", "duration.ms.score": "\(outcome.timings.score.milliseconds)",
                ])
            }
            return outcome
        }
    }

    /// One merchant's accumulator, sized by what it had last night.
    private func makeSinks(_ members: [Member]) throws -> BatchSinks {
        var sinks = BatchSinks()
        var exclusions: [String: [ByteKey: Set<ByteKey>]] = [:]
        for member in members {
            let window = ScoringWindow(asOf: asOf, days: member.plan.scoring.windowDays)
            let expected = max(16, context.records[ByteKey(member.merchant)]?.customers ?? 16)
            var excluded: Set<ByteKey> = []
            if let table = member.plan.settings.exclusionTable {
                if exclusions[table] == nil {
                    exclusions[table] = try ExclusionTable.keys(in: table, merchants: members.map(\.merchant), on: connection)
                }
                excluded = exclusions[table]?[ByteKey(member.merchant)] ?? []
            }
            sinks.append(member.plan, window: window, excludedKeys: excluded, expectedCustomers: expected)
        }
        return sinks
    }

    /// Finishes and scores one member's accumulator; the `--strict` check. Throws (failing only
    /// that member) for data the job refuses.
    private func score(_ member: inout Member, sinks: inout BatchSinks, at position: Int, afterCutoff: Int) throws -> ScoredMerchant {
        var logger = self.logger
        logger[metadataKey: "merchant"] = "\(member.merchant)"
        let plan = member.plan
        let scored: ScoredMerchant
        switch try sinks.finish(position) {
        case .seed(var measures):
            measures.quality.rowsAfterCutoff += afterCutoff
            member.outcome.quality = measures.quality
            let scores = try plan.scorer.score(measures.customers)
            member.outcome.summary = SegmentSummary(scores: scores, scheme: plan.scoring.scheme)
            scored = ScoredMerchant(scores: scores)
        case .model(var data):
            data.measures.quality.rowsAfterCutoff += afterCutoff
            member.outcome.quality = data.measures.quality
            let scores = try plan.scorer.score(data.measures.customers)
            member.outcome.summary = SegmentSummary(scores: scores, scheme: plan.scoring.scheme)
            let (predictions, model) = try MerchantRun.predict(data, settings: plan.scoring, logger: logger)
            member.outcome.model = model
            scored = ScoredMerchant(scores: scores, predictions: predictions)
        }
        if options.strict, member.outcome.quality.warningCount > 0 { throw JobFailure.strict(member.outcome.quality) }
        return scored
    }
}

extension Logger {
    /// This logger with the merchant's id in its metadata.
    func with(merchant: String) -> Logger {
        var logger = self
        logger[metadataKey: "merchant"] = "\(merchant)"
        return logger
    }
}
