import Foundation
import Logging
import PostgresClient
import RFMCore
import Synchronization

/// Runs a night's units (`NightPlan`) on `options.jobs` workers, each on its own connection. A
/// batch's merchants that another run held come back as units of their own, at the end (with
/// `--share`, parked until they are free or done: `ParkedWork`). A
/// merchant that failed for a transient reason (lost connection, serialization failure,
/// deadlock) is tried again, alone or with the others of its batch that failed with it, after a
/// pause that doubles each time, up to `--retries` times; when the database itself is gone the
/// remaining units are left, as "not attempted".
struct NightScheduler: Sendable {
    let connect: @Sendable () throws -> Connection
    let options: JobOptions
    let logger: Logger

    /// Runs one unit on a worker's connection; must not throw.
    typealias Task = @Sendable (_ unit: NightPlan.Unit, _ attempt: Int, _ connection: Connection) -> MerchantBatch.Result

    /// Outcomes in the order of `merchants`; `report` sees each as its unit finishes.
    func run(
        _ plan: NightPlan, merchants: [String], task: Task, report: @Sendable (MerchantOutcome) -> Void
    ) -> [MerchantOutcome] {
        let state = Mutex(State(queue: plan.units.map { ($0, 0) }, parked: ParkedWork(pause: options.sharePoll)))
        let workers = max(1, min(options.jobs, plan.units.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var connection: Connection?
            while let (unit, attempt) = Claim.next({ state.withLock { $0.claim() } }) {
                let result: MerchantBatch.Result
                do {
                    if connection == nil || connection?.isHealthy == false { connection = try connect() }
                    result = task(unit, attempt, connection!)
                } catch {
                    let failure = JobFailure.classify(error)
                    result = .init(outcomes: unit.merchants.map { .notAttempted(merchant: $0, because: failure) })
                }
                let retry = result.outcomes.filter { $0.failure?.isRetryable == true }.map(\.merchant)
                // The server broke a deadlock or a serialization conflict: worth one more go, --retries or not.
                let conflict = result.outcomes.contains { $0.failure?.isConflict == true }
                let retrying = !retry.isEmpty && attempt < max(options.retries, conflict ? 1 : 0)
                if retrying {
                    let pause = min(options.backoff * (1 << min(attempt, 20)), options.maximumBackoff)
                    logger.warning("transient failure, retrying", metadata: [
                        "merchants": "\(retry.count)", "attempt": "\(attempt + 2)", "backoff.ms": "\(pause.milliseconds)",
                        "error.category": "\(result.outcomes.first { $0.failure?.isRetryable == true }?.failure?.category.name ?? "")",
                    ])
                    Thread.sleep(forTimeInterval: Double(pause.milliseconds) / 1000)
                    if connection?.isHealthy == false { connection = nil }
                }
                let finished = retrying ? result.outcomes.filter { $0.failure?.isRetryable != true } : result.outcomes
                let reportWaiting = state.withLock {
                    $0.inFlight -= 1
                    var due = false
                    for outcome in finished { $0.results[ByteKey(outcome.merchant)] = outcome }
                    if options.share {
                        // Held by another process of the shared night: come back to them last.
                        if !result.busy.isEmpty {
                            let held: NightPlan.Unit = if case .merchant = unit { unit } else { .batch(result.busy) }
                            $0.parked.park((held, 0))
                            due = $0.parked.dueReport()
                        }
                    } else {
                        $0.queue += result.busy.map { (.merchant($0), 0) }
                    }
                    if retrying {
                        $0.queue.insert((retry.count == 1 ? .merchant(retry[0]) : .batch(retry), attempt + 1), at: $0.next)
                    } else if let stop = finished.lazy.compactMap(\.failure).first(where: \.meansDatabaseGone) {
                        $0.stopReason = stop  // the database is gone: leave the rest
                    }
                    return due
                }
                if reportWaiting, let merchant = result.busy.first, let connection {
                    SharedNight.reportWaiting(for: merchant, on: connection, logger: logger)
                }
                finished.forEach(report)
            }
        }
        return state.withLock { current in
            merchants.map { merchant in
                current.results[ByteKey(merchant)] ?? .notAttempted(
                    merchant: merchant, because: .notAttempted(because: current.stopReason)
                )
            }
        }
    }

    struct State {
        var queue: [(NightPlan.Unit, Int)]
        var next = 0
        var results: [ByteKey: MerchantOutcome] = [:]
        var stopReason: JobFailure?
        var parked: ParkedWork<(NightPlan.Unit, Int)>
        /// Units being run by a worker now.
        var inFlight = 0

        mutating func claim() -> Claim<(NightPlan.Unit, Int)> {
            guard stopReason == nil else { return .done }
            guard next < queue.count else {
                let claim = parked.take(inFlight: inFlight)
                if case .work = claim { inFlight += 1 }
                return claim
            }
            defer { next += 1 }
            inFlight += 1
            return .work(queue[next])
        }
    }
}
