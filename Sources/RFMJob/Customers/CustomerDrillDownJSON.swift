import RFMCore

/// `rfm-nightly customer --format json`. The timeline is newest first (as in the text form),
/// the trajectory oldest first (ready to plot); `amount` is the source's text as stored and
/// `usd_amount` the converted value, null when the row has no usable amount.
public enum CustomerDrillDownJSON {
    public static func render(_ drillDown: CustomerDrillDown) -> String {
        JSONValue.object([
            ("merchant", .string(drillDown.merchant)),
            ("user_key", .string(drillDown.userKey)),
            ("as_of", .date(drillDown.asOf)),
            ("window", .object([
                ("from", .date(drillDown.windowStart)), ("to", .date(drillDown.asOf)), ("days", .int(drillDown.windowDays)),
            ])),
            ("current", drillDown.current.map(current) ?? .null),
            ("timeline", .array(drillDown.timeline.map { entry in
                .object([
                    ("occurred_at", .string(ScoresCSV.timestamp(unixMicroseconds: entry.occurredAt))),
                    ("kind", .string(entry.kind)),
                    ("currency", .string(entry.currency)),
                    ("amount", .string(entry.amount)),
                    ("usd_amount", entry.usdCents.map(JSONValue.money) ?? .null),
                    ("event_id", .string(entry.eventID)),
                    ("counted", .bool(entry.counted)),
                    ("note", .string(entry.note)),
                ])
            })),
            ("trajectory_days", .int(drillDown.trajectoryDays)),
            ("trajectory", .array(drillDown.trajectory.map {
                .object([
                    ("as_of", .date($0.asOf)), ("rfm_score", .int($0.rfmScore)), ("segment", .string($0.segment)),
                    ("predictive_ltv", .money($0.predictiveLTVCents)),
                ])
            })),
            ("sparkline", .string(drillDown.sparkline)),
        ]).text
    }

    static func current(_ current: CustomerDrillDown.Current) -> JSONValue {
        .object([
            ("rfm_score", .int(current.rfmScore)),
            ("segment", .string(current.segment)),
            ("r_score", .int(current.recencyScore)),
            ("f_score", .int(current.frequencyScore)),
            ("m_score", .int(current.monetaryScore)),
            ("recency_days", .int(current.recencyDays)),
            ("frequency", .int(current.frequency)),
            ("monetary", .money(current.monetaryCents)),
            ("tenure_days", .int(current.tenureDays)),
            ("predictive_ltv", .money(current.predictiveLTVCents)),
            ("email_sha256", .string(current.emailSHA256)),
            ("first_purchase_at", .string(ScoresCSV.timestamp(unixMicroseconds: current.firstPurchaseAt))),
            ("last_purchase_at", .string(ScoresCSV.timestamp(unixMicroseconds: current.lastPurchaseAt))),
            ("model", current.model.map(model) ?? .null),
        ])
    }

    /// The probabilities as numbers with the digits the text form shows.
    static func model(_ model: CustomerDrillDown.ModelPrediction) -> JSONValue {
        .object([
            ("horizon_days", .int(model.horizonDays)),
            ("expected_purchases", model.expectedPurchases.map(JSONValue.number) ?? .null),
            ("probability_alive", model.probabilityAlive.map(JSONValue.number) ?? .null),
            ("model_ltv", model.modelLTVCents.map(JSONValue.money) ?? .null),
            ("churn_risk", .string(model.churnRisk)),
        ])
    }
}
