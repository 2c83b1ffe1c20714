import Logging
import PostgresClient
import RFMConfig
import RFMCore

/// What every merchant of a run shares, prepared once on one connection: a checked schema, the
/// merchants to score, their sources (resolved once each, failures remembered so only the
/// merchants using a missing source fail), the `fx_rates` table and the settings resolver.
struct JobContext: Sendable {
    let resolver: SettingsResolver
    let tableRates: FXRates
    let merchants: [String]
    let sources: [String: Result<SourceRelation, JobFailure>]
    /// Indexes into `merchants`, largest first by what each read last time (never-run merchants
    /// lead: they may be large). With several `--jobs`, the largest merchant starts at once and
    /// the small ones fill the other workers around it, instead of the largest starting last and
    /// running alone while the others idle.
    var largestFirst: [Int] = []

    static func prepare(
        conninfo: String?, resolver: SettingsResolver, merchants named: [String]?, logger: Logger
    ) throws -> JobContext {
        let connection = try Connection.forJob(conninfo)
        try Migrator(connection: connection, logger: logger).requireCurrent()
        var catalog = SourceCatalog(connection: connection)
        let merchants = try RunPlan.merchants(named: named, settings: resolver, sources: &catalog)
        for merchant in merchants {
            do {
                _ = try catalog.relation(resolver.settings(for: merchant).source)
            } catch let failure as JobFailure where failure.category == .missingInput {
                continue  // remembered in the catalog: that merchant fails on its own
            }
        }
        var context = JobContext(
            resolver: resolver, tableRates: try FXRateStore(connection: connection, logger: logger).load(),
            merchants: merchants, sources: catalog.resolved
        )
        let rowsRead = try RunLedger(connection: connection).rowsReadLastTime()
        context.largestFirst = merchants.indices.sorted { rowsRead[merchants[$0]] ?? .max > rowsRead[merchants[$1]] ?? .max }
        return context
    }

    /// What one merchant runs with; throws (failing only that merchant) for a missing source or
    /// a scheme that cannot score.
    func plan(for merchant: String) throws -> MerchantPlan {
        let settings = resolver.settings(for: merchant)
        let rates = settings.rates(from: tableRates)
        guard let source = sources[settings.source] else {
            throw JobFailure(.internalError, "source \"\(settings.source)\" of merchant \(merchant) was not resolved")
        }
        return MerchantPlan(
            settings: settings, rates: rates, source: try source.get(),
            scorer: try CustomerScorer(settings: settings.scoring), record: SettingsFingerprint(settings: settings, rates: rates)
        )
    }
}

/// One merchant's effective settings, ready to run.
struct MerchantPlan {
    let settings: EffectiveSettings
    /// The `fx_rates` table with the merchant's overrides.
    let rates: FXRates
    let source: SourceRelation
    let scorer: CustomerScorer
    /// What the ledger stores and hashes.
    let record: SettingsFingerprint

    var scoring: ScoringSettings { settings.scoring }

    /// The exclusion table's keys for the merchant, read in the current transaction.
    func excludedKeys(_ merchant: String, on connection: Connection) throws -> Set<String> {
        try settings.exclusionTable.map { try ExclusionTable.keys(in: $0, merchant: merchant, on: connection) } ?? []
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
