import RFMCore

/// `rfm-nightly report --format json`: `{"reports": [ … ]}`, one object per merchant, with the
/// same figures as the text form. Percentages are numbers with one decimal; "not scored" in
/// the movement cells is null.
public enum MerchantReportJSON {
    public static func render(_ reports: [MerchantReport]) -> String {
        JSONValue.object([("reports", .array(reports.map(value)))]).text
    }

    public static func value(_ report: MerchantReport) -> JSONValue {
        .object([
            ("merchant", .string(report.merchant)),
            ("as_of", .date(report.asOf)),
            ("scheme", .string(report.scheme)),
            ("tiles", .object([
                ("customers_scored", .int(report.customersScored)),
                ("champion_segment", .string(report.championSegment)),
                ("champion_count", .int(report.championCount)),
                ("champion_percent", .number(report.championPercent)),
                ("at_risk_segment", .string(report.atRiskSegment)),
                ("at_risk_count", .int(report.atRiskCount)),
                ("average_predictive_ltv", .money(report.averagePredictiveLTVCents)),
                ("ltv_trend_30d", trend(report)),
            ])),
            ("total_monetary", .money(report.totalMonetaryCents)),
            ("total_predictive_ltv", .money(report.totalPredictiveLTVCents)),
            ("segments", .array(report.segments.map { row in
                .object([
                    ("segment", .string(row.segment)),
                    ("customers", .int(row.customers)),
                    ("percent", .number(SegmentSummary.percent(row.customers, of: report.customersScored))),
                    ("average_predictive_ltv", .money(MerchantReport.average(row.predictiveLTVCents, over: row.customers))),
                    ("monetary", .money(row.monetaryCents)),
                ])
            })),
            ("score_histogram", .array(report.histogram.map {
                .object([("from", .int($0.from)), ("to", .int($0.to)), ("customers", .int($0.customers))])
            })),
            ("movement", report.movement.map { movement in
                .object([
                    ("previous_as_of", .date(movement.previousAsOf)),
                    ("cells", .array(movement.cells.map {
                        .object([("from", .string($0.from)), ("to", .string($0.to)), ("customers", .int($0.customers))])
                    })),
                ])
            } ?? .null),
            ("series", .array(report.series.map {
                .object([("as_of", .date($0.asOf)), ("customers", .int($0.customers)), ("monetary", .money($0.monetaryCents))])
            })),
        ])
    }

    static func trend(_ report: MerchantReport) -> JSONValue {
        guard let trend = report.trend, let change = report.trendChangeCents else { return .null }
        return .object([
            ("base_as_of", .date(trend.baseDate)),
            ("days", .int(report.asOf.days(since: trend.baseDate))),
            ("monetary", .money(report.totalMonetaryCents)),
            ("base_monetary", .money(trend.baseMonetaryCents)),
            ("change", .money(change)),
            ("change_percent", report.trendChangePercent.map(JSONValue.number) ?? .null),
        ])
    }
}
