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
    let sources: [ByteKey: Result<SourceRelation, JobFailure>]
    /// The merchants were named (`--merchant`), not found in the sources: each must exist.
    var named = false
    /// Indexes into `merchants`, largest first by what each read last time (never-run merchants
    /// lead: they may be large). With several `--jobs`, the largest merchant starts at once and
    /// the small ones fill the other workers around it, instead of the largest starting last and
    /// running alone while the others idle.
    var largestFirst: [Int] = []
    /// What the ledger knows of each merchant (`rfm_merchants`): sizes for planning the night, dates.
    var records: [ByteKey: RunLedger.MerchantRecord] = [:]
    /// The plan of every merchant without a section of its own in the configuration: made once,
    /// not once per merchant (a scorer and a settings hash cost more than a small merchant's scoring).
    private(set) var defaultPlan: Result<MerchantPlan, JobFailure>?
    /// Merchants whose current state has a partition of its own (large ones): never batched.
    var ownPartitions: Set<ByteKey> = []
    /// The outputs are distributed over a Citus cluster (`Distribution`): no partition of its
    /// own for a large merchant, no staged current state; every merchant replaced in place.
    var distributed = false

    static func prepare(
        conninfo: String?, lockTimeout: Duration, resolver: SettingsResolver, merchants named: [String]?, logger: Logger
    ) throws -> JobContext {
        let connection = try Connection.forJob(conninfo, lockTimeout: lockTimeout)
        do {
            return try LockTimeout.naming(
                "preparing the run", relations: ["schema_migrations", "fx_rates", "rfm_runs", resolver.defaults.source]
            ) {
                try prepare(on: connection, resolver: resolver, merchants: named, logger: logger)
            }
        } catch let timeout as LockTimeout {
            throw timeout.described(on: connection)
        }
    }

    private static func prepare(
        on connection: Connection, resolver: SettingsResolver, merchants named: [String]?, logger: Logger
    ) throws -> JobContext {
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
        context.named = named != nil
        context.records = try RunLedger(connection: connection).records(of: named == nil ? nil : merchants)
        let rowsRead = merchants.map { context.records[ByteKey($0)]?.rowsRead ?? .max }
        context.largestFirst = merchants.indices.sorted { rowsRead[$0] > rowsRead[$1] }
        context.ownPartitions = try CurrentPartition.ownMerchants(on: connection)
        context.distributed = try Distribution.isDistributed(on: connection)
        context.defaultPlan = Result { try context.makePlan(settings: resolver.defaults) }.mapError(JobFailure.classify)
        return context
    }

    /// A merchant named on the command line must have rows in its source or results from an
    /// earlier run: a typo would otherwise run "successfully" for nobody, with a ledger row.
    func requireKnown(_ merchant: String, plan: MerchantPlan, on connection: Connection) throws {
        guard named else { return }
        let unknown = try LockTimeout.naming("looking the merchant up", relations: plan.readRelations + ["rfm_runs"]) {
            try !plan.source.hasRows(for: merchant, on: connection)
                && SnapshotCalendar.load(merchant: merchant, on: connection).newest == nil
        }
        guard unknown else { return }
        throw JobFailure(
            .missingInput,
            "merchant \"\(merchant)\" has no rows in \(plan.source.name) and no scores; nothing written (\(try MerchantDirectory(connection: connection).knownMerchants()))"
        )
    }

    /// What one merchant runs with; throws (failing only that merchant) for a missing source or
    /// a scheme that cannot score.
    func plan(for merchant: String) throws -> MerchantPlan {
        try StoredRange.check(merchantID: merchant)
        if !resolver.hasSection(for: merchant), let defaultPlan { return try defaultPlan.get() }
        return try makePlan(settings: resolver.settings(for: merchant))
    }

    private func makePlan(settings: EffectiveSettings) throws -> MerchantPlan {
        let rates = settings.rates(from: tableRates)
        guard let source = sources[ByteKey(settings.source)] else {
            throw JobFailure(.internalError, "source \"\(settings.source)\" was not resolved")
        }
        return MerchantPlan(
            settings: settings, rates: rates, source: try source.get(),
            scorer: try CustomerScorer(settings: settings.scoring), record: SettingsFingerprint(settings: settings, rates: rates)
        )
    }
}

extension Connection {
    /// A connection as every worker wants it: times in UTC, lock waits bounded (`LockTimeout`).
    static func forJob(_ conninfo: String?, lockTimeout: Duration, sharing: Bool = false) throws -> Connection {
        let connection = try Connection(conninfo: conninfo)
        try connection.execute("SET TimeZone = 'UTC'")
        try LockTimeout.bound(lockTimeout, on: connection)
        if sharing { try SharedNight.watchForLostHosts(on: connection) }
        return connection
    }
}
