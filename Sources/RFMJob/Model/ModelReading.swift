import Logging
import PostgresClient
import RFMCore

/// How `fit` and `backtest` read one merchant: the checks and rates of a nightly run, then one
/// read-only snapshot of the rows before `cutoff`. Nothing is written, not even the run ledger.
struct ModelReading {
    let conninfo: String?
    let logger: Logger

    /// Reads into the sink `makeSink` builds from the exchange rates; returns the quoted source
    /// name and the rows at or after the cutoff.
    func read<Sink: EventSink>(
        merchant: String, before cutoff: CivilDate, sourceName: String, settings: ScoringSettings,
        into makeSink: (FXRates) -> Sink
    ) throws -> (sink: Sink, afterCutoff: Int) {
        let connection = try Connection.forJob(conninfo)
        let context = try JobContext.prepare(
            connection: connection, sourceName: sourceName, settings: settings, merchants: [merchant], logger: logger
        )
        var sink = makeSink(context.rates)
        let clock = ContinuousClock()
        let started = clock.now
        let reader = EventReader(connection: connection, source: context.source)
        let (rows, afterCutoff) = try connection.transaction(.repeatableRead, readOnly: true) {
            (try reader.read(merchant: merchant, before: cutoff, into: &sink), try reader.countAfter(cutoff, merchant: merchant))
        }
        logger.info("phase done", metadata: [
            "merchant": "\(merchant)", "phase": "read", "rows": "\(rows)", "duration.ms": "\((clock.now - started).milliseconds)",
        ])
        return (sink, afterCutoff)
    }
}

extension JobFailure {
    /// A merchant whose data cannot fit the models: exit 65, like other data the job refuses.
    static func model(_ merchant: String, _ error: CLVModelError, doing task: String) -> JobFailure {
        JobFailure(.badData, "merchant \(merchant): \(task): \(error.message)")
    }
}
