import Foundation
import Logging
import PostgresClient
import Synchronization

/// Runs one task per merchant on `options.jobs` workers, each on its own connection (one
/// connection, one thread), retrying a merchant after a transient failure with exponential
/// backoff. Results come back in the merchants' order; `report` sees each as it finishes.
struct MerchantScheduler: Sendable {
    let connect: @Sendable () throws -> Connection
    let options: JobOptions
    let logger: Logger

    /// Workers that each open their own connection from `conninfo`.
    init(conninfo: String?, options: JobOptions, logger: Logger) {
        self.init(connect: { try Connection.forJob(conninfo, lockTimeout: options.lockTimeout, sharing: options.share) }, options: options, logger: logger)
    }

    init(connect: @escaping @Sendable () throws -> Connection, options: JobOptions, logger: Logger) {
        self.connect = connect
        self.options = options
        self.logger = logger
    }

    /// One attempt at one merchant. Must not throw: failures are part of the outcome.
    typealias Task<Outcome> = @Sendable (_ merchant: String, _ attempt: Int, _ connection: Connection) -> Outcome

    /// `order`, indexes into `merchants`, is the order workers take them in (default: as
    /// listed); results come back as listed whatever the order.
    func run<Outcome: MerchantResult>(
        _ merchants: [String], startingWith order: [Int]? = nil, task: Task<Outcome>, report: @Sendable (Outcome) -> Void
    ) -> [Outcome] {
        let state = Mutex(SchedulerState<Outcome>(order: order ?? Array(merchants.indices), pause: options.sharePoll))
        let workers = max(1, min(options.jobs, merchants.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var connection: Connection?
            while let index = Claim.next({ state.withLock { $0.claim() } }) {
                let merchant = merchants[index]
                let outcome = attempt(merchant, connection: &connection, task: task)
                if outcome.heldElsewhere {
                    let report = state.withLock {
                        $0.inFlight -= 1
                        $0.parked.park(index)
                        return $0.parked.dueReport()
                    }
                    if report, let connection { SharedNight.reportWaiting(for: merchant, on: connection, logger: logger) }
                    continue
                }
                state.withLock {
                    $0.inFlight -= 1
                    $0.results[index] = outcome
                    if outcome.failure?.category == .unavailable || outcome.failure?.category == .temporary {
                        $0.stopReason = outcome.failure  // the database is gone: leave the rest
                    }
                }
                report(outcome)
            }
        }
        return state.withLock { current in
            merchants.indices.map { index in
                current.results[index] ?? Outcome.notAttempted(
                    merchant: merchants[index],
                    because: .notAttempted(because: current.stopReason)
                )
            }
        }
    }

    /// Runs the task, reconnecting and retrying while the failure is transient and attempts remain.
    private func attempt<Outcome: MerchantResult>(
        _ merchant: String, connection: inout Connection?, task: Task<Outcome>
    ) -> Outcome {
        var pause = options.backoff
        var attempt = 0
        while true {
            let outcome: Outcome
            do {
                if connection == nil || connection?.isHealthy == false { connection = try connect() }
                outcome = task(merchant, attempt, connection!)
            } catch {
                outcome = Outcome.notAttempted(merchant: merchant, because: JobFailure.classify(error))
            }
            guard let failure = outcome.failure, failure.isRetryable, attempt < options.retries else { return outcome }
            attempt += 1
            logger.warning("transient failure, retrying", metadata: [
                "merchant": "\(merchant)", "attempt": "\(attempt + 1)", "error.category": "\(failure.category)",
                "db.sqlstate": "\(failure.sqlState?.code ?? "")", "backoff.ms": "\(pause.milliseconds)",
            ])
            Thread.sleep(forTimeInterval: Double(pause.milliseconds) / 1000)
            pause = min(pause * 2, options.maximumBackoff)
            if connection?.isHealthy == false { connection = nil }
        }
    }
}

extension JobFailure {
    /// A merchant the run did not reach: it stopped first (`stopReason`, the database gone).
    static func notAttempted(because stopReason: JobFailure?) -> JobFailure {
        JobFailure(.temporary, "\(notAttemptedPrefix)\(stopReason?.message ?? "the run stopped")")
    }

    private static let notAttemptedPrefix = "not attempted: "

    public var isNotAttempted: Bool { message.hasPrefix(Self.notAttemptedPrefix) }

    /// A deadlock or serialization failure: a conflict with another transaction, not a sign of trouble.
    var isConflict: Bool { sqlState == .deadlockDetected || sqlState == .serializationFailure }

    /// The database is gone (cannot connect, connection lost, server shutting down): the rest of
    /// the night would fail the same way. A conflict between transactions is not that.
    var meansDatabaseGone: Bool { category == .unavailable || (category == .temporary && !isConflict) }

    /// Worth another attempt: the connection or server went away, or the server asked for a retry.
    var isRetryable: Bool { category == .temporary || category == .unavailable }
}
