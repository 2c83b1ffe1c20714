import PostgresClient
import RFMCore

/// A batch's scores written with one COPY per table, in (merchant, user key) byte order: the
/// rows of every merchant of the batch that was scored, in the batch's transaction.
struct BatchScoreWriter {
    let connection: Connection
    let asOf: CivilDate

    /// One merchant's part of the COPY.
    struct Part {
        let merchant: String
        let runID: Int64
        let scored: ScoredMerchant
    }

    /// Replaces the date's history rows of the parts' merchants. `rewritten`: those that may have
    /// rows of the date already (a rerun); for the others (a night's usual case) there is nothing
    /// to delete and no statement is sent.
    func replaceHistory(_ parts: [Part], rewritten: [String]) throws {
        guard !parts.isEmpty else { return }
        if !rewritten.isEmpty {
            try connection.execute(
                "DELETE FROM customer_ltv_history WHERE merchant_id = ANY($1::text[]) AND snapshot_date = $2::date",
                [PostgresArray.text(rewritten), asOf.description]
            )
        }
        Failpoint.hit("history-deleted")
        let withModel = parts.contains { $0.scored.predictions != nil }
        let now = try ScoreWriter(connection: connection, merchant: "", asOf: asOf, runID: 0).transactionTimestamp()
        try copy(ScoreWriter.historyCopy(withModel: withModel), parts, withModel: withModel, failpoint: "history-copy") { row, part, index, model in
            ScoreWriter.appendHistoryRow(
                to: &row, merchant: part.merchant, asOf: asOf, runID: part.runID, now: now, score: part.scored.scores[index], model: model
            )
        }
        Failpoint.hit("history-copied")
    }

    /// Deletes the current state of the parts' merchants (customers who left the window with it,
    /// SPEC §6), handing each deleted row's merchant (position in `index`), user key and segment
    /// to `deleted`: the previous snapshot, for the segment changes.
    func clearCurrent(
        _ parts: [Part], index: ByteKeyIndex, _ deleted: (Int, Int64, UnsafeRawBufferPointer, UnsafeRawBufferPointer) -> Void
    ) throws {
        guard !parts.isEmpty else { return }
        let ids = try connection.quoteLiteral(PostgresArray.text(parts.map(\.merchant)))
        var decoder = BinaryCopyDecoder()
        var last = -1
        try connection.copyOut("""
            COPY (DELETE FROM customer_ltv WHERE merchant_id = ANY(\(ids)::text[]) RETURNING merchant_id, as_of, user_key, segment)
            TO STDOUT (FORMAT binary)
            """) { message in
            try decoder.decode(message) { fields in
                guard let merchant = try fields.next(), let asOf = try fields.next(), let userKey = try fields.next(),
                      let segment = try fields.next() else {
                    throw CopyField.Unexpected(what: "NULL merchant_id, as_of, user_key or segment")
                }
                if last < 0 || !index.keys[last].utf8.elementsEqual(merchant) {
                    guard let found = index.index(of: merchant) else { return }
                    last = found
                }
                deleted(last, Int64(try PostgresTime.unixDay(fromDateField: asOf)), userKey, segment)
            }
        }
        Failpoint.hit("current-deleted")
    }

    /// Copies the parts' new current state in (after `clearCurrent`). Small merchants share
    /// `customer_ltv_shared`; the rows go through `customer_ltv`, which routes them.
    func copyCurrent(_ parts: [Part]) throws {
        guard !parts.isEmpty else { return }
        let withModel = parts.contains { $0.scored.predictions != nil }
        let now = try ScoreWriter(connection: connection, merchant: "", asOf: asOf, runID: 0).transactionTimestamp()
        try copy(ScoreWriter.currentCopy(into: "customer_ltv", withModel: withModel), parts, withModel: withModel, failpoint: "current-copy") { row, part, index, model in
            ScoreWriter.appendCurrentRow(
                to: &row, merchant: part.merchant, asOf: asOf, runID: part.runID, now: now, score: part.scored.scores[index], model: model
            )
        }
        Failpoint.hit("current-copied")
    }

    private func copy(
        _ sql: String, _ parts: [Part], withModel: Bool, failpoint: String,
        _ appendRow: (inout BinaryCopyEncoder, Part, Int, ScoreWriter.ModelValues) -> Void
    ) throws {
        try connection.copyIn(sql) { sink in
            var encoder = BinaryCopyEncoder()
            let total = parts.reduce(0) { $0 + $1.scored.scores.count }
            var written = 0
            for part in parts {
                for index in part.scored.scores.indices {
                    let model: ScoreWriter.ModelValues = withModel ? .some(part.scored.predictions?[index]) : .none
                    appendRow(&encoder, part, index, model)
                    if encoder.count >= ScoreWriter.chunkBytes { try sink.send(&encoder) }
                    written += 1
                    if written == total / 2 + 1 {
                        try sink.send(&encoder)  // half the rows are with the server: a kill here is mid-COPY
                        Failpoint.hit(failpoint)
                    }
                }
            }
            encoder.finish()
            try sink.send(&encoder)
        }
    }
}
