import Foundation
import Logging
import PostgresClient
import RFMCore

/// Reads one customer's drill-down in two statements: the merchant's state with the customer's
/// current row and the history rows of the last `days` days, then the customer's events in the
/// scoring window from the source. The first is one statement so that it reads one snapshot
/// taken after its lock on customer_ltv (the TRUNCATE caveat, docs/DECISIONS.md), without a
/// transaction around it: a dashboard serves drill-downs under load, and each round trip costs
/// the server more than the index look-ups do. Both are prepared on the session (parsed and
/// planned once per connection, not per drill-down).
public struct CustomerDrillDownQuery {
    let connection: Connection
    let logger: Logger

    public init(connection: Connection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    /// The merchant has no scores: the `customer` command lists those that have, the dashboard
    /// (whose viewer may not see them) says only that.
    public struct Unscored: Error {
        public var merchant: String
    }

    public func drillDown(merchant: String, userKey: String, days: Int, sourceName: String = SourceRelation.defaultName) throws -> CustomerDrillDown {
        do {
            return try drillDown(merchant: merchant, userKey: userKey, days: days) { try SourceRelation.resolve(sourceName, on: connection) }
        } catch is Unscored {
            throw try MerchantDirectory(connection: connection).unknown(merchant)
        }
    }

    /// The drill-down; `source` gives the relation the events come from (resolved here, or kept
    /// by the caller).
    public func drillDown(merchant: String, userKey: String, days: Int, source: () throws -> SourceRelation) throws -> CustomerDrillDown {
        let state = try LockTimeout.naming("reading the current state", relations: ["customer_ltv"]) {
            try merchantState(merchant: merchant, userKey: userKey, days: days)
        }
        var drillDown = CustomerDrillDown(
            merchant: merchant, userKey: userKey, asOf: state.asOf, windowDays: state.settings.windowDays, trajectoryDays: days,
            current: state.current, timeline: [], trajectory: state.trajectory
        )
        drillDown.timeline = TimelineAnnotator.annotate(
            try events(source: try source(), merchant: merchant, userKey: userKey, from: drillDown.windowStart, to: state.asOf),
            purchaseKinds: state.settings.purchaseKinds, refundKinds: state.settings.refundKinds, rates: state.rates
        )
        guard drillDown.current != nil || !drillDown.trajectory.isEmpty || !drillDown.timeline.isEmpty else {
            throw JobFailure(
                .missingInput,
                "customer \"\(userKey)\" of merchant \"\(merchant)\" has no score, no history in the last \(days) days and no events from \(drillDown.windowStart) to \(state.asOf)"
            )
        }
        return drillDown
    }

    struct Settings {
        var windowDays = 365
        var horizonDays = 365
        var purchaseKinds = ["purchase"]
        var refundKinds = ["refund"]

        /// From the ledger's JSON of the run; the defaults where it is missing or unreadable.
        init(json text: String?) {
            guard let text, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return }
            if let days = object["window_days"] as? Int { windowDays = days }
            if let days = object["horizon_days"] as? Int { horizonDays = days }
            if let kinds = object["purchase_kinds"] as? [String] { purchaseKinds = kinds }
            if let kinds = object["refund_kinds"] as? [String] { refundKinds = kinds }
        }
    }

    struct MerchantState {
        /// The date customer_ltv holds for the merchant, else its newest snapshot.
        var asOf: CivilDate
        var settings: Settings
        var rates: FXRates
        var current: CustomerDrillDown.Current?
        /// Oldest first.
        var trajectory: [CustomerDrillDown.TrajectoryPoint]
    }

    /// One statement: the merchant's dates (`rfm_merchants`, kept with the ledger), the settings
    /// of the run that wrote that date, the FX rates, the customer's current row and its history
    /// in (as-of − days, as-of] (migration 090's function: one plan per session, not 90
    /// partitions planned per call).
    func merchantState(merchant: String, userKey: String, days: Int) throws -> MerchantState {
        let result = try connection.executePrepared("""
            SELECT d.as_of::text,
                   (SELECT settings::text FROM rfm_runs r WHERE r.merchant_id = $1 AND r.as_of = d.as_of AND r.status = 'succeeded'
                    ORDER BY r.id DESC LIMIT 1),
                   (SELECT json_object_agg(currency, usd_rate::text)::text FROM fx_rates),
                   c.rfm_score::text, c.segment, c.r_score::text, c.f_score::text, c.m_score::text, c.recency_days::text, c.frequency::text,
                   c.monetary::text, c.tenure_days::text, c.predictive_ltv::text, c.email_sha256,
                   (extract(epoch FROM c.first_purchase_at) * 1000000)::bigint::text,
                   (extract(epoch FROM c.last_purchase_at) * 1000000)::bigint::text,
                   round(c.expected_purchases::numeric, 2)::text, round(c.probability_alive::numeric, 3)::text,
                   c.model_ltv::text, c.churn_risk,
                   (SELECT json_agg(json_build_array(t.snapshot_date::text, t.rfm_score, t.segment, t.predictive_ltv::text) ORDER BY t.snapshot_date)::text
                    FROM rfm_customer_trajectory($1, $2, d.as_of - $3::int, d.as_of) t)
            FROM (SELECT coalesce(current_as_of, newest_as_of) AS as_of FROM rfm_merchants WHERE merchant_id = $1 AND newest_as_of IS NOT NULL) d
            LEFT JOIN customer_ltv c ON c.merchant_id = $1 AND c.user_key = $2 AND c.as_of = d.as_of
            """, [merchant, userKey, "\(days)"])
        guard result.rowCount == 1, let asOf = result.rows[0][0].flatMap(CivilDate.init(iso:)) else { throw Unscored(merchant: merchant) }
        let row = result.rows[0]
        let settings = Settings(json: row[1])
        return MerchantState(
            asOf: asOf, settings: settings, rates: FXRateStore(connection: connection, logger: logger).rates(json: row[2]),
            current: try current(Array(row[3..<20]), horizonDays: settings.horizonDays), trajectory: try trajectory(json: row[20])
        )
    }

    /// The current row's columns (from `merchantState`), nil where the customer has none.
    func current(_ row: [String?], horizonDays: Int) throws -> CustomerDrillDown.Current? {
        guard row[0] != nil else { return nil }
        func int(_ index: Int) -> Int { Int(row[index]!)! }
        return CustomerDrillDown.Current(
            rfmScore: int(0), segment: row[1]!, recencyScore: int(2), frequencyScore: int(3), monetaryScore: int(4),
            recencyDays: int(5), frequency: int(6), monetaryCents: try MerchantReportQuery.cents(row[7]), tenureDays: int(8),
            predictiveLTVCents: try MerchantReportQuery.cents(row[9]), emailSHA256: row[10],
            firstPurchaseAt: Int64(row[11]!)!, lastPurchaseAt: Int64(row[12]!)!,
            model: try model(horizonDays: horizonDays, expectedPurchases: row[13], probabilityAlive: row[14], modelLTV: row[15], churnRisk: row[16])
        )
    }

    /// The model's columns, or nil when the run left them NULL (no model).
    func model(horizonDays: Int, expectedPurchases: String?, probabilityAlive: String?, modelLTV: String?, churnRisk: String?) throws -> CustomerDrillDown.ModelPrediction? {
        guard let churnRisk else { return nil }  // written by every run with a model
        return CustomerDrillDown.ModelPrediction(
            horizonDays: horizonDays, expectedPurchases: expectedPurchases, probabilityAlive: probabilityAlive,
            modelLTVCents: try modelLTV.map { try MerchantReportQuery.cents($0) }, churnRisk: churnRisk
        )
    }

    /// The history rows as `json_agg` gave them: [[date, score, segment, LTV], …], oldest first.
    func trajectory(json text: String?) throws -> [CustomerDrillDown.TrajectoryPoint] {
        guard let text else { return [] }  // no rows
        guard let points = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[Any]] else {
            throw JobFailure(.internalError, "customer trajectory: unexpected JSON from the server")
        }
        return try points.map { point in
            guard point.count == 4, let date = (point[0] as? String).flatMap(CivilDate.init(iso:)), let score = point[1] as? Int,
                  let segment = point[2] as? String, let ltv = point[3] as? String
            else { throw JobFailure(.internalError, "customer trajectory: unexpected JSON from the server") }
            return CustomerDrillDown.TrajectoryPoint(asOf: date, rfmScore: score, segment: segment, predictiveLTVCents: try MerchantReportQuery.cents(ltv))
        }
    }

    /// The customer's rows in [from, to) from the source, newest first, as stored. By md5 of the
    /// key too: the index migration 080 gives purchase_events (a view's own index would need the same).
    func events(source: SourceRelation, merchant: String, userKey: String, from: CivilDate, to: CivilDate) throws -> [TimelineAnnotator.RawRow] {
        try connection.executePrepared("""
            SELECT (extract(epoch FROM occurred_at::timestamptz) * 1000000)::bigint::text,
                   event_id::text, kind::text, currency::text, amount::text
            FROM \(source.quotedName)
            WHERE merchant_id::text = $1 AND md5(user_key::text) = md5($2) AND user_key::text = $2
              AND occurred_at::timestamptz >= $3::timestamptz AND occurred_at::timestamptz < $4::timestamptz
            ORDER BY occurred_at::timestamptz DESC, event_id::text COLLATE "C", kind::text COLLATE "C", currency::text COLLATE "C", amount
            """, [merchant, userKey, "\(from) 00:00:00+00", "\(to) 00:00:00+00"]).rows.map {
            TimelineAnnotator.RawRow(occurredAt: Int64($0[0]!)!, eventID: $0[1], kind: $0[2], currency: $0[3], amount: $0[4])
        }
    }
}
