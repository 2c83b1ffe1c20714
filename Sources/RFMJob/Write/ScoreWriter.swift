import Logging
import PostgresClient
import RFMCore

/// Writes one merchant's scores with binary COPY: history rows for the as-of date, and the
/// current state. Call inside the run's transaction; rows go out in the order given, which is
/// user-key byte order, so the tables' "C"-collated indexes only ever append.
struct ScoreWriter {
    let connection: Connection
    let merchant: String
    let asOf: CivilDate
    let runID: Int64

    /// Send to the server in pieces of about this many bytes.
    static let chunkBytes = 1 << 18

    /// Replaces the merchant's history rows for the as-of date (a rerun never duplicates them).
    /// The date's partition must exist (`ensureHistoryPartition`). `predictions`, aligned with
    /// `scores`, fill the model columns; without them those columns are left out (NULL).
    /// Returns rows written.
    @discardableResult
    func replaceHistory(with scores: ScoredCustomers, predictions: [LTVPrediction]? = nil) throws -> Int {
        try connection.execute(
            "DELETE FROM customer_ltv_history WHERE merchant_id = $1 AND snapshot_date = $2::date",
            [merchant, asOf.description]
        )
        Failpoint.hit("history-deleted")
        let now = try transactionTimestamp()
        defer { Failpoint.hit("history-copied") }
        return try connection.copyIn(Self.historyCopy(withModel: predictions != nil)) { sink in
            try encode(scores, at: now, to: sink, failpoint: "history-copy") { row, index, score, now in
                Self.appendHistoryRow(
                    to: &row, merchant: merchant, asOf: asOf, runID: runID, now: now, score: score,
                    model: predictions.map { .some($0[index]) } ?? .none
                )
            }
        }
    }

    /// The COPY statement of history rows, with or without the model columns.
    static func historyCopy(withModel: Bool) -> String {
        """
        COPY customer_ltv_history (merchant_id, user_key, snapshot_date, snapshot_at, rfm_score, segment,
            predictive_ltv, monetary, frequency, recency_days, r_score, f_score, m_score, run_id\(withModel ? modelColumns : ""))
        FROM STDIN (FORMAT binary)
        """
    }

    /// The model columns of a row: left out (`.none`), or present, NULL for a merchant without
    /// the model (`.some(nil)`) — a batch's COPY has them for every merchant when any has them.
    enum ModelValues {
        case none
        case some(LTVPrediction?)
    }

    /// One history row (`historyCopy`'s columns).
    @inline(__always)
    static func appendHistoryRow(
        to row: inout BinaryCopyEncoder, merchant: String, asOf: CivilDate, runID: Int64, now: Int64, score: CustomerScore,
        model: ModelValues
    ) {
        if case .some = model { row.startRow(fieldCount: 18) } else { row.startRow(fieldCount: 14) }
        row.appendText(merchant)
        row.appendText(score.userKey)
        row.appendDate(unixDay: asOf.unixDay)
        row.appendTimestamp(unixMicroseconds: now)
        row.appendInt16(Int16(score.rfmScore))
        row.appendText(score.segment)
        row.appendNumeric(cents: score.predictiveLTVCents)
        row.appendNumeric(cents: score.measures.monetaryCents)
        row.appendInt32(Int32(score.measures.frequency))
        row.appendInt32(Int32(score.measures.recencyDays))
        row.appendInt16(Int16(score.recencyScore))
        row.appendInt16(Int16(score.frequencyScore))
        row.appendInt16(Int16(score.monetaryScore))
        row.appendInt64(runID)
        if case .some(let prediction) = model { appendModel(prediction, to: &row) }
    }

    /// Replaces the merchant's current state: customers who left the window disappear in the
    /// same transaction (SPEC §6). `partition` is where the merchant's rows live
    /// (`CurrentPartition.of`). `predictions` as for `replaceHistory`. Returns rows written.
    @discardableResult
    func replaceCurrent(
        with scores: ScoredCustomers, partition: CurrentPartition, predictions: [LTVPrediction]? = nil, logger: Logger
    ) throws -> Int {
        try CurrentStateClearing(connection: connection, merchant: merchant, partition: partition, logger: logger).clear()
        Failpoint.hit("current-deleted")
        defer { Failpoint.hit("current-copied") }
        return try copyCurrent(scores, into: "customer_ltv", at: try transactionTimestamp(), predictions: predictions)
    }

    /// COPYs the current-state rows into `table` (quoted): `customer_ltv`, or a staged table of
    /// the same shape (`StagedCurrentState`). `now` is the run transaction's timestamp.
    @discardableResult
    func copyCurrent(
        _ scores: ScoredCustomers, into table: String, at now: Int64, predictions: [LTVPrediction]?
    ) throws -> Int {
        try connection.copyIn(Self.currentCopy(into: table, withModel: predictions != nil)) { sink in
            try encode(scores, at: now, to: sink, failpoint: "current-copy") { row, index, score, now in
                Self.appendCurrentRow(
                    to: &row, merchant: merchant, asOf: asOf, runID: runID, now: now, score: score,
                    model: predictions.map { .some($0[index]) } ?? .none
                )
            }
        }
    }

    /// The COPY statement of current-state rows into `table` (quoted).
    static func currentCopy(into table: String, withModel: Bool) -> String {
        """
        COPY \(table) (merchant_id, user_key, email_sha256, as_of, recency_days, frequency, monetary,
            tenure_days, r_score, f_score, m_score, rfm_score, segment, predictive_ltv,
            first_purchase_at, last_purchase_at, updated_at, run_id\(withModel ? modelColumns : ""))
        FROM STDIN (FORMAT binary)
        """
    }

    /// One current-state row (`currentCopy`'s columns).
    @inline(__always)
    static func appendCurrentRow(
        to row: inout BinaryCopyEncoder, merchant: String, asOf: CivilDate, runID: Int64, now: Int64, score: CustomerScore,
        model: ModelValues
    ) {
        let measures = score.measures
        if case .some = model { row.startRow(fieldCount: 22) } else { row.startRow(fieldCount: 18) }
        row.appendText(merchant)
        row.appendText(score.userKey)
        if let hash = measures.emailSHA256 { hash.withHex { row.appendText(bytes: $0) } } else { row.appendNull() }
        row.appendDate(unixDay: asOf.unixDay)
        row.appendInt32(Int32(measures.recencyDays))
        row.appendInt32(Int32(measures.frequency))
        row.appendNumeric(cents: measures.monetaryCents)
        row.appendInt32(Int32(measures.tenureDays))
        row.appendInt16(Int16(score.recencyScore))
        row.appendInt16(Int16(score.frequencyScore))
        row.appendInt16(Int16(score.monetaryScore))
        row.appendInt16(Int16(score.rfmScore))
        row.appendText(score.segment)
        row.appendNumeric(cents: score.predictiveLTVCents)
        row.appendTimestamp(unixMicroseconds: measures.firstPurchaseAt)
        row.appendTimestamp(unixMicroseconds: measures.lastPurchaseAt)
        row.appendTimestamp(unixMicroseconds: now)
        row.appendInt64(runID)
        if case .some(let prediction) = model { appendModel(prediction, to: &row) }
    }

    /// The model columns (migration 030), listed only when a run has predictions.
    static let modelColumns = ", expected_purchases, probability_alive, model_ltv, churn_risk"

    /// The four model values, NULL without a prediction.
    static func appendModel(_ prediction: LTVPrediction?, to row: inout BinaryCopyEncoder) {
        guard let prediction else {
            for _ in 0..<4 { row.appendNull() }
            return
        }
        if let expected = prediction.expectedPurchases { row.appendFloat64(expected) } else { row.appendNull() }
        if let alive = prediction.probabilityAlive { row.appendFloat64(alive) } else { row.appendNull() }
        if let cents = prediction.lifetimeValueCents { row.appendNumeric(cents: cents) } else { row.appendNull() }
        if let risk = prediction.churnRisk { row.appendText(risk.rawValue) } else { row.appendNull() }
    }

    /// Encodes every score with `encodeRow` and streams the bytes in chunks. `now` is the
    /// transaction's timestamp, so every row of a run carries the same time.
    private func encode(
        _ scores: ScoredCustomers, at now: Int64, to sink: CopyInSink, failpoint: String,
        _ encodeRow: (inout BinaryCopyEncoder, Int, CustomerScore, Int64) -> Void
    ) throws {
        var encoder = BinaryCopyEncoder()
        for (index, score) in scores.enumerated() {
            encodeRow(&encoder, index, score, now)
            if encoder.count >= Self.chunkBytes { try sink.send(&encoder) }
            if index == scores.count / 2 {
                try sink.send(&encoder)  // half the rows are with the server: a kill here is mid-COPY
                Failpoint.hit(failpoint)
            }
        }
        encoder.finish()
        try sink.send(&encoder)
    }

    /// now() of the current transaction, in microseconds since the Unix epoch. Asked before a
    /// COPY starts: no other statement can run on the connection during one.
    func transactionTimestamp() throws -> Int64 {
        let text = try connection.execute("SELECT (extract(epoch FROM now()) * 1000000)::bigint::text").scalar
        return Int64(text!)!
    }

    /// Creates the history partition for the as-of date if missing (a day's, or the month's made
    /// before migration 040), in its own transaction.
    static func ensureHistoryPartition(for date: CivilDate, on connection: Connection) throws {
        try connection.execute("SELECT rfm_ensure_history_partition($1::date)", [date.description])
    }

}
