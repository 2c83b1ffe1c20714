import Logging
import PostgresClient
import RFMCore

/// What every merchant of a run shares, prepared once on one connection: a checked schema and
/// source, the exchange rates, the scorer, the merchants to score.
struct JobContext: Sendable {
    let source: SourceRelation
    let rates: FXRates
    let scorer: CustomerScorer
    let settings: ScoringSettings
    let merchants: [String]

    static func prepare(
        connection: Connection, sourceName: String, settings: ScoringSettings, merchants: [String]?, logger: Logger
    ) throws -> JobContext {
        try connection.execute("SET TimeZone = 'UTC'")
        try Migrator(connection: connection, logger: logger).requireCurrent()
        let source = try SourceRelation.resolve(sourceName, on: connection)
        return JobContext(
            source: source,
            rates: try FXRateStore(connection: connection, logger: logger).load(),
            scorer: try CustomerScorer(settings: settings),
            settings: settings,
            merchants: try merchants ?? source.merchants(on: connection)
        )
    }
}

extension Connection {
    /// A connection as every worker wants it: times in UTC.
    static func forJob(_ conninfo: String?) throws -> Connection {
        let connection = try Connection(conninfo: conninfo)
        try connection.execute("SET TimeZone = 'UTC'")
        return connection
    }
}
