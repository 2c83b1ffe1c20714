import Foundation
import Logging
import PostgresClient
import RFMCore

/// Reads one customer's drill-down in a read-only transaction: the current row, the history
/// rows of the last `days` days (the unique key (merchant_id, user_key, snapshot_date) is the
/// index for exactly this) and the customer's events in the scoring window from the source.
public struct CustomerDrillDownQuery {
    let connection: Connection
    let logger: Logger

    public init(connection: Connection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    public func drillDown(merchant: String, userKey: String, days: Int, sourceName: String = SourceRelation.defaultName) throws -> CustomerDrillDown {
        try connection.transaction(.repeatableRead, readOnly: true) {
            try connection.lockCurrentStateForReading()
            let calendar = try MerchantDirectory(connection: connection).calendar(of: merchant)
            let asOf = calendar.current ?? calendar.newest!
            let settings = try runSettings(merchant: merchant, asOf: asOf)
            var drillDown = CustomerDrillDown(
                merchant: merchant, userKey: userKey, asOf: asOf, windowDays: settings.windowDays, trajectoryDays: days,
                current: try current(merchant: merchant, userKey: userKey, asOf: asOf, horizonDays: settings.horizonDays), timeline: [], trajectory: []
            )
            drillDown.trajectory = try trajectory(merchant: merchant, userKey: userKey, through: asOf, days: days)
            let source = try SourceRelation.resolve(sourceName, on: connection)
            let rates = try FXRateStore(connection: connection, logger: logger).load()
            drillDown.timeline = TimelineAnnotator.annotate(
                try events(source: source, merchant: merchant, userKey: userKey, from: drillDown.windowStart, to: asOf),
                purchaseKinds: settings.purchaseKinds, refundKinds: settings.refundKinds, rates: rates
            )
            guard drillDown.current != nil || !drillDown.trajectory.isEmpty || !drillDown.timeline.isEmpty else {
                throw JobFailure(
                    .missingInput,
                    "customer \"\(userKey)\" of merchant \"\(merchant)\" has no score, no history in the last \(days) days and no events from \(drillDown.windowStart) to \(asOf)"
                )
            }
            return drillDown
        }
    }

    struct Settings {
        var windowDays = 365
        var horizonDays = 365
        var purchaseKinds = ["purchase"]
        var refundKinds = ["refund"]
    }

    /// The window and kinds the run that wrote `asOf` used (stored in the ledger as JSON).
    func runSettings(merchant: String, asOf: CivilDate) throws -> Settings {
        var settings = Settings()
        let text = try connection.execute("""
            SELECT settings::text FROM rfm_runs WHERE merchant_id = $1 AND as_of = $2::date AND status = 'succeeded'
            ORDER BY id DESC LIMIT 1
            """, [merchant, asOf.description]).scalar
        guard let text, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return settings }
        if let days = object["window_days"] as? Int { settings.windowDays = days }
        if let days = object["horizon_days"] as? Int { settings.horizonDays = days }
        if let kinds = object["purchase_kinds"] as? [String] { settings.purchaseKinds = kinds }
        if let kinds = object["refund_kinds"] as? [String] { settings.refundKinds = kinds }
        return settings
    }

    func current(merchant: String, userKey: String, asOf: CivilDate, horizonDays: Int) throws -> CustomerDrillDown.Current? {
        let result = try connection.execute("""
            SELECT rfm_score::text, segment, r_score::text, f_score::text, m_score::text, recency_days::text, frequency::text,
                   monetary::text, tenure_days::text, predictive_ltv::text, email_sha256,
                   (extract(epoch FROM first_purchase_at) * 1000000)::bigint::text,
                   (extract(epoch FROM last_purchase_at) * 1000000)::bigint::text,
                   round(expected_purchases::numeric, 2)::text, round(probability_alive::numeric, 3)::text,
                   model_ltv::text, churn_risk
            FROM customer_ltv WHERE merchant_id = $1 AND user_key = $2 AND as_of = $3::date
            """, [merchant, userKey, asOf.description])
        guard result.rowCount == 1 else { return nil }
        let row = result.rows[0]
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

    /// History rows in (through − days, through], oldest first.
    func trajectory(merchant: String, userKey: String, through: CivilDate, days: Int) throws -> [CustomerDrillDown.TrajectoryPoint] {
        try connection.execute("""
            SELECT snapshot_date::text, rfm_score::text, segment, predictive_ltv::text FROM customer_ltv_history
            WHERE merchant_id = $1 AND user_key = $2 AND snapshot_date > $3::date AND snapshot_date <= $4::date
            ORDER BY snapshot_date
            """, [merchant, userKey, through.adding(days: -days).description, through.description]).rows.map {
            CustomerDrillDown.TrajectoryPoint(
                asOf: CivilDate(iso: $0[0]!)!, rfmScore: Int($0[1]!)!, segment: $0[2]!, predictiveLTVCents: try MerchantReportQuery.cents($0[3])
            )
        }
    }

    /// The customer's rows in [from, to) from the source, newest first, as stored. By md5 of the
    /// key too: the index migration 080 gives purchase_events (a view's own index would need the same).
    func events(source: SourceRelation, merchant: String, userKey: String, from: CivilDate, to: CivilDate) throws -> [TimelineAnnotator.RawRow] {
        try connection.execute("""
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
