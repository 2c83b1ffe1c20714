import PostgresClient
import RFMCore

/// Builds `MerchantReport`s from the tables the job writes, inside one read-only REPEATABLE READ
/// transaction so every figure of a report comes from the same moment.
///
/// Snapshot dates come from the run ledger (`SnapshotCalendar`). A snapshot is read from
/// `customer_ltv` when it is the current state (what a plain `report` shows: the primary key
/// serves it) and from `customer_ltv_history` otherwise; both hold the same rows for that date.
public struct MerchantReportQuery {
    let connection: Connection
    public var trendDays = 30
    /// How much older than D − 30 the trend's base snapshot may be (see `SnapshotCalendar.base`).
    public var trendToleranceDays = 7
    public var seriesDays = 90

    public init(connection: Connection) { self.connection = connection }

    /// One report per merchant: the named one, or every scored merchant. `asOf` nil means each
    /// merchant's newest snapshot; a date means that snapshot exactly.
    public func reports(merchant: String?, asOf: CivilDate?) throws -> [MerchantReport] {
        var reports: [MerchantReport] = []
        try forEachReport(merchant: merchant, asOf: asOf) { reports.append($0) }
        return reports
    }

    /// The same reports, handed to `body` one at a time, each built when the one before is done
    /// with: a report over 100,000 merchants holds one in memory, not 100,000 (issue 19).
    public func forEachReport(merchant: String?, asOf: CivilDate?, _ body: (MerchantReport) throws -> Void) throws {
        try connection.transaction(.repeatableRead, readOnly: true) {
            try connection.lockCurrentStateForReading()
            let directory = MerchantDirectory(connection: connection)
            if let merchant {
                return try body(try report(merchant: merchant, asOf: asOf))
            }
            var any = false
            for merchant in try directory.scoredMerchants() {
                let calendar = try SnapshotCalendar.load(merchant: merchant, on: connection)
                guard let date = asOf ?? calendar.newest, calendar.contains(date) else { continue }
                try body(try report(merchant: merchant, on: date, calendar: calendar))
                any = true
            }
            guard any else {
                throw JobFailure(.missingInput, asOf.map { "no merchant has a snapshot for \($0)" }
                    ?? "no merchant has been scored yet: run `rfm-nightly run` first")
            }
        }
    }

    /// One merchant's report inside a transaction the caller holds: a REPEATABLE READ READ ONLY
    /// one that began with `lockCurrentStateForReading`, so that what else the caller reads in it
    /// (the dashboard's customer table) agrees with the report. `asOf` nil: the newest snapshot.
    public func report(merchant: String, asOf: CivilDate?) throws -> MerchantReport {
        let calendar = try MerchantDirectory(connection: connection).calendar(of: merchant)
        let date = asOf ?? calendar.newest!
        guard calendar.contains(date) else { throw MerchantDirectory.noSnapshot(merchant, on: date, calendar: calendar) }
        return try report(merchant: merchant, on: date, calendar: calendar)
    }

    func report(merchant: String, on date: CivilDate, calendar: SnapshotCalendar) throws -> MerchantReport {
        let schemeName = try connection.execute("""
            SELECT settings->>'scheme' FROM rfm_runs
            WHERE merchant_id = $1 AND as_of = $2::date AND status = 'succeeded' ORDER BY id DESC LIMIT 1
            """, [merchant, date.description]).scalar ?? "unknown"
        let scheme = SegmentScheme.builtIn(named: schemeName)
        let snapshot = Snapshot(merchant: merchant, date: date, isCurrent: date == calendar.current)

        var segmentTotals: [String: MerchantReport.SegmentRow] = [:]
        for row in try connection.execute("""
            SELECT segment, count(*)::text, sum(monetary)::text, sum(predictive_ltv)::text
            FROM \(snapshot.relation(parameter: 2)) GROUP BY segment
            """, [merchant, date.description]).rows {
            let segment = row[0]!
            segmentTotals[segment] = MerchantReport.SegmentRow(
                segment: segment, customers: Int(row[1]!)!, monetaryCents: try Self.cents(row[2]), predictiveLTVCents: try Self.cents(row[3])
            )
        }
        let order = Self.segmentOrder(scheme: scheme, found: Array(segmentTotals.keys))
        let segments = order.map { segmentTotals[$0] ?? MerchantReport.SegmentRow(segment: $0, customers: 0, monetaryCents: 0, predictiveLTVCents: 0) }

        var scoreCounts: [Int: Int] = [:]
        for row in try connection.execute(
            "SELECT rfm_score::text, count(*)::text FROM \(snapshot.relation(parameter: 2)) GROUP BY rfm_score",
            [merchant, date.description]
        ).rows {
            scoreCounts[Int(row[0]!)!] = Int(row[1]!)!
        }

        var trend: MerchantReport.MonetaryTrend?
        if let base = calendar.base(for: date, daysBefore: trendDays, tolerance: trendToleranceDays) {
            let baseTotals = try dateTotals(merchant: merchant, dates: [base])[base]
            trend = MerchantReport.MonetaryTrend(baseDate: base, baseMonetaryCents: baseTotals?.monetaryCents ?? 0)
        }

        var movement: MerchantReport.Movement?
        if let previous = calendar.previous(before: date) {
            let earlier = Snapshot(merchant: merchant, date: previous, isCurrent: previous == calendar.current)
            let cells = try connection.execute("""
                SELECT p.segment, c.segment, count(*)::text
                FROM (SELECT user_key, segment FROM \(earlier.relation(parameter: 2))) p
                FULL JOIN (SELECT user_key, segment FROM \(snapshot.relation(parameter: 3))) c ON c.user_key = p.user_key
                GROUP BY 1, 2
                """, [merchant, previous.description, date.description]).rows.map {
                MerchantReport.Movement.Cell(from: $0[0], to: $0[1], customers: Int($0[2]!)!)
            }
            // Rows and columns in scheme order, segments only the earlier snapshot has after, "not scored" last.
            let everySegment = Self.segmentOrder(scheme: scheme, found: order + cells.compactMap(\.from))
            let rank = Dictionary(everySegment.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
            func position(_ segment: String?) -> Int { segment.map { rank[$0] ?? Int.max - 1 } ?? Int.max }
            movement = MerchantReport.Movement(previousAsOf: previous, cells: cells.sorted {
                (position($0.from), position($0.to)) < (position($1.from), position($1.to))
            })
        }

        let seriesDates = calendar.window(endingAt: date, days: seriesDays)
        let seriesTotals = try dateTotals(merchant: merchant, dates: seriesDates)

        return MerchantReport(
            merchant: merchant, asOf: date, scheme: schemeName,
            championSegment: scheme?.championSegment ?? "champion", atRiskSegment: scheme?.atRiskSegment ?? "at_risk",
            customersScored: segments.reduce(0) { $0 + $1.customers },
            totalMonetaryCents: segments.reduce(0) { $0 + $1.monetaryCents },
            totalPredictiveLTVCents: segments.reduce(0) { $0 + $1.predictiveLTVCents },
            segments: segments, histogram: MerchantReport.histogram(scoreCounts: scoreCounts), trend: trend, movement: movement,
            series: seriesDates.map {
                MerchantReport.SeriesPoint(asOf: $0, customers: seriesTotals[$0]?.customers ?? 0, monetaryCents: seriesTotals[$0]?.monetaryCents ?? 0)
            }
        )
    }

    /// Customers and monetary of each date's snapshot, from the ledger: the newest succeeded run
    /// of the date that wrote history, whose rows the history holds (migration 100). A date
    /// whose run was recorded before that migration is summed from its history rows, as every
    /// date once was: 28 million rows for the benchmark merchant's 33 days.
    func dateTotals(merchant: String, dates: [CivilDate]) throws -> [CivilDate: (customers: Int, monetaryCents: Int64)] {
        guard !dates.isEmpty else { return [:] }
        var totals: [CivilDate: (customers: Int, monetaryCents: Int64)] = [:]
        var unrecorded: [CivilDate] = []
        for row in try connection.execute("""
            SELECT DISTINCT ON (as_of) as_of::text, customers_scored::text, monetary_total::text FROM rfm_runs
            WHERE merchant_id = $1 AND as_of = ANY($2::date[]) AND status = 'succeeded' AND wrote_history
            ORDER BY as_of, id DESC
            """, [merchant, PostgresArray.text(dates.map(\.description))]).rows {
            let date = CivilDate(iso: row[0]!)!
            if let customers = row[1].flatMap({ Int($0) }), row[2] != nil {
                totals[date] = (customers, try Self.cents(row[2]))
            } else {
                unrecorded.append(date)
            }
        }
        guard !unrecorded.isEmpty else { return totals }
        for row in try connection.execute("""
            SELECT snapshot_date::text, count(*)::text, sum(monetary)::text FROM customer_ltv_history
            WHERE merchant_id = $1 AND snapshot_date = ANY($2::date[]) GROUP BY 1
            """, [merchant, PostgresArray.text(unrecorded.map(\.description))]).rows {
            totals[CivilDate(iso: row[0]!)!] = (Int(row[1]!)!, try Self.cents(row[2]))
        }
        return totals
    }

    /// The scheme's segments in its order, then any other segment found, by name.
    static func segmentOrder(scheme: SegmentScheme?, found: [String]) -> [String] {
        let known = scheme?.segments ?? []
        return known + Set(found).subtracting(known).sorted()
    }

    /// An exact sum of numeric(·,2) as cents (NULL, from an empty set, is 0).
    public static func cents(_ text: String?) throws -> Int64 {
        guard let text else { return 0 }
        guard let cents = Cents.parseDecimal(text[...], scale: 2) else { throw CopyField.Unexpected(what: "sum \(text)") }
        return cents
    }

    /// One snapshot's rows: `customer_ltv` when it is the current state, else the history.
    struct Snapshot {
        let merchant: String
        let date: CivilDate
        let isCurrent: Bool

        /// A FROM clause; `$1` is the merchant and `$parameter` the date.
        func relation(parameter: Int) -> String {
            isCurrent
                ? "customer_ltv WHERE merchant_id = $1 AND as_of = $\(parameter)::date"
                : "customer_ltv_history WHERE merchant_id = $1 AND snapshot_date = $\(parameter)::date"
        }
    }
}
