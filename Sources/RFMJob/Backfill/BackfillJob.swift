import Logging
import PostgresClient
import RFMConfig
import RFMCore
import Synchronization

/// What `rfm-nightly backfill` was asked to do: history for every date in a range.
public struct BackfillRequest: Sendable {
    public var from: CivilDate
    public var to: CivilDate
    public var merchants: [String]?
    /// Each merchant's settings, as for `run`.
    public var settings: SettingsResolver
    /// Recompute dates already written with the same settings (by default they are skipped, so
    /// an interrupted backfill, run again, continues where it stopped).
    public var redo: Bool

    public init(from: CivilDate, to: CivilDate, merchants: [String]? = nil, settings: SettingsResolver, redo: Bool = false) {
        self.from = from
        self.to = to
        self.merchants = merchants
        self.settings = settings
        self.redo = redo
    }

    /// The same settings for every merchant, without a configuration file.
    public init(
        from: CivilDate, to: CivilDate, merchants: [String]? = nil, sourceName: String = SourceRelation.defaultName,
        settings: ScoringSettings = .default, redo: Bool = false
    ) {
        self.init(
            from: from, to: to, merchants: merchants,
            settings: SettingsResolver(settings: EffectiveSettings(scoring: settings, source: sourceName)), redo: redo
        )
    }

    public var dates: [CivilDate] { (0...to.days(since: from)).map { from.adding(days: $0) } }
}

/// Writes history for a range of as-of dates, oldest first, each date exactly as a nightly run
/// would have (SPEC §6), reading each merchant's events once (see `WindowSeries`). Each date is
/// its own transaction, so an interrupted backfill keeps every finished date and, run again,
/// continues from the first missing one.
public struct BackfillJob: Sendable {
    let conninfo: String?
    let logger: Logger

    public init(conninfo: String?, logger: Logger) {
        self.conninfo = conninfo
        self.logger = logger
    }

    @discardableResult
    public func run(
        _ request: BackfillRequest, options: JobOptions = JobOptions(),
        report: @Sendable (BackfillOutcome) -> Void = { _ in }
    ) throws -> [BackfillOutcome] {
        let context = try JobContext.prepare(
            conninfo: conninfo, lockTimeout: options.lockTimeout, resolver: request.settings, merchants: request.merchants, logger: logger
        )
        logger.info("backfill started", metadata: [
            "from": "\(request.from)", "to": "\(request.to)", "merchants": "\(context.merchants.count)",
            "source": "\(request.settings.defaults.source)", "jobs": "\(options.jobs)",
        ])
        let logger = self.logger
        // Dates finished by an earlier attempt of this backfill: a retry does not redo them.
        let finished = Mutex<[ByteKey: Set<CivilDate>]>([:])
        let scheduler = MerchantScheduler(conninfo: conninfo, options: options, logger: logger)
        let readTurns = ReadTurns(jobs: options.jobs)
        let leaderDates = LeaderDates(leader: context.largestFirst.first.map { context.merchants[$0] })
        return scheduler.run(context.merchants, startingWith: context.largestFirst, task: { merchant, attempt, connection in
            BackfillRun(
                connection: connection, context: context, request: request, options: options, logger: logger,
                finishedEarlier: finished.withLock { $0[ByteKey(merchant)] ?? [] },
                onDateFinished: { date in finished.withLock { _ = $0[ByteKey(merchant), default: []].insert(date) } },
                readTurns: readTurns, leaderDates: leaderDates
            ).run(merchant, attempt: attempt)
        }, report: report)
    }
}

/// How one merchant's backfill went.
public struct BackfillOutcome: Sendable {
    public let merchant: String
    public let from: CivilDate
    public let to: CivilDate
    public let scheme: String
    /// SHA-256 of the effective settings, as recorded with every date in `rfm_runs`.
    public var settingsHash: String?
    public var settings: EffectiveSettings?
    /// What reading found, over the whole read.
    public var quality = DataQuality()
    public var dates: [DateOutcome] = []
    /// Dates left alone because a succeeded run with the same settings already wrote them.
    public var skippedDates: [CivilDate] = []
    public var dryRun = false
    public var timings = PhaseTimings()
    public var failure: JobFailure?

    public var succeeded: Bool { failure == nil }

    public struct DateOutcome: Sendable {
        public let asOf: CivilDate
        public let runID: Int64?
        public let summary: SegmentSummary
        public let quality: DataQuality
        public let wroteCurrent: Bool
    }
}

extension BackfillOutcome: MerchantResult {
    static func notAttempted(merchant: String, because failure: JobFailure) -> BackfillOutcome {
        var outcome = BackfillOutcome(merchant: merchant, from: CivilDate(unixDay: 0), to: CivilDate(unixDay: 0), scheme: "")
        outcome.failure = failure
        return outcome
    }
}
