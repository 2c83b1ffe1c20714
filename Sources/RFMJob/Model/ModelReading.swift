import Logging
import PostgresClient
import RFMConfig
import RFMCore

/// How `fit` and `backtest` read one merchant: the checks, settings and rates of a nightly run
/// (configuration file included), then one read-only snapshot of the rows before `cutoff`.
/// Nothing is written, not even the run ledger.
struct ModelReading {
    let conninfo: String?
    let logger: Logger

    /// Reads into the sink `makeSink` builds from the merchant's plan and excluded keys; returns
    /// the sink, the merchant's effective settings and the rows at or after the cutoff.
    func read<Sink: EventSink>(
        merchant: String, before cutoff: CivilDate, settings resolver: SettingsResolver,
        into makeSink: (MerchantPlan, Set<ByteKey>) -> Sink
    ) throws -> (sink: Sink, settings: EffectiveSettings, afterCutoff: Int) {
        let context = try JobContext.prepare(
            conninfo: conninfo, lockTimeout: LockTimeout.defaultWait, resolver: resolver, merchants: [merchant], logger: logger
        )
        let plan = try context.plan(for: merchant)
        let connection = try Connection.forJob(conninfo, lockTimeout: LockTimeout.defaultWait)
        let clock = ContinuousClock()
        let started = clock.now
        let reader = EventReader(connection: connection, source: plan.source)
        let (sink, rows, afterCutoff) = try connection.transaction(.repeatableRead, readOnly: true) {
            var sink = makeSink(plan, try plan.excludedKeys(merchant, on: connection))
            let rows = try reader.read(merchant: merchant, before: cutoff, into: &sink)
            return (sink, rows, try reader.countAfter(cutoff, merchant: merchant))
        }
        logger.info("phase done", metadata: [
            "merchant": "\(merchant)", "phase": "read", "rows": "\(rows)", "duration.ms": "\((clock.now - started).milliseconds)",
        ])
        return (sink, plan.settings, afterCutoff)
    }
}

extension JobFailure {
    /// A merchant whose data cannot fit the models: exit 65, like other data the job refuses.
    static func model(_ merchant: String, _ error: LTVModelError, doing task: String) -> JobFailure {
        JobFailure(.badData, "merchant \(merchant): \(task): \(error.message)")
    }
}
