import Logging
import PostgresClient
import RFMCore

/// Writes `segment_transitions` for the snapshot a run just wrote, inside the run's transaction,
/// so transitions are never half-written and always agree with `customer_ltv_history`:
///
/// - the date's rows are compared with the merchant's previous snapshot (the newest earlier
///   one); none exists on a merchant's first run, which is a baseline with no transitions;
/// - a rerun of a date replaces that date's rows instead of adding to them;
/// - a backfill (a date older than the newest snapshot) slides in between two snapshots, so the
///   next snapshot's rows are recomputed against it too.
///
/// The fresh scores are in memory in user-key byte order; the other snapshot streams out of the
/// database in the same order (binary COPY) and the two are merge-joined: one pass, no join in
/// SQL, and only the changed rows go back, by COPY. The previous snapshot is read from
/// `customer_ltv` when it is the current state (every ordinary nightly run), through its primary
/// key; only reruns and backfills read `customer_ltv_history`.
struct SegmentTransitionRecorder {
    let connection: Connection
    let merchant: String
    let asOf: CivilDate
    let runID: Int64
    let logger: Logger
    /// The merchant's partition of `customer_ltv`, read instead of the table when known: a read
    /// through `customer_ltv` would hold a lock on it until COMMIT, and the swap of another
    /// merchant's staged current state (`StagedCurrentState`) would wait for this run to end
    /// while this run's own swap waited for that one — a deadlock.
    var currentPartition: String? = nil

    /// Call after the run's history rows are written and before `customer_ltv` is replaced.
    /// A backfill passes the date it wrote just before, whose segments it still holds, so only its
    /// first date reads a snapshot back — with `changesFromMemory`, the changes against it it
    /// worked out beside the history COPY; and the next date it will write, so the snapshot after
    /// this one is not redone when a date of the same backfill comes between (that date's own
    /// write compares with it). Returns the number of transition rows written.
    @discardableResult
    func record(
        _ scores: ScoredCustomers, previousInMemory: (date: CivilDate, segments: SegmentSnapshot)? = nil,
        changesFromMemory: (() throws -> [SegmentChange])? = nil, nextWrittenLater: CivilDate? = nil
    ) throws -> Int {
        let started = ContinuousClock.now
        let calendar = try SnapshotCalendar.load(merchant: merchant, on: connection)
        // The first snapshot of a merchant has no previous one: a baseline, no transitions.
        let previous = calendar.previous(before: asOf)
        var written = try replace(at: asOf, comparedWith: previous) { previous in
            if let previousInMemory, previousInMemory.date == previous {
                return try changesFromMemory?() ?? SegmentChangeMerge.changes(from: previousInMemory.segments, to: scores)
            }
            var merge = SegmentChangeMerge(scores: scores, memorySide: .later)
            let fromCurrent = previous == calendar.current
            let streamed = try streamSegments(of: previous, fromCurrentState: fromCurrent) { try merge.streamed(userKey: $0, segment: $1) }
            if fromCurrent, streamed == 0 {
                // The current state does not hold that snapshot (the ledger no longer stands by
                // what it holds, as after a `withdraw` whose rebuild did not happen): history does.
                merge = SegmentChangeMerge(scores: scores, memorySide: .later)
                try streamSegments(of: previous, fromCurrentState: false) { try merge.streamed(userKey: $0, segment: $1) }
            }
            return merge.finish()
        }
        let next = calendar.next(after: asOf).flatMap { next in
            nextWrittenLater.map { $0 <= next } == true ? nil : next
        }
        if let next {
            written += try replace(at: next, comparedWith: asOf) { _ in
                var merge = SegmentChangeMerge(scores: scores, memorySide: .earlier)
                try streamSegments(of: next, fromCurrentState: false) { try merge.streamed(userKey: $0, segment: $1) }
                return merge.finish()
            }
        }
        logger.debug("segment transitions written", metadata: [
            "rows.written": "\(written)", "previous_as_of": "\(previous.map(\.description) ?? "none")",
            "next_as_of": "\(next.map(\.description) ?? "none")",
            "duration.ms": "\((ContinuousClock.now - started).milliseconds)",
        ])
        return written
    }

    /// Deletes the date's transitions, then writes the changes `compute` finds (if it compares with anything).
    private func replace(
        at date: CivilDate, comparedWith previous: CivilDate?, _ compute: (CivilDate) throws -> [SegmentChange]
    ) throws -> Int {
        try connection.execute("DELETE FROM segment_transitions WHERE merchant_id = $1 AND as_of = $2::date", [merchant, date.description])
        guard let previous else { return 0 }
        let changes = try compute(previous)
        guard !changes.isEmpty else { return 0 }
        return try connection.copyIn("""
            COPY segment_transitions (merchant_id, as_of, user_key, from_segment, to_segment, previous_as_of, run_id)
            FROM STDIN (FORMAT binary)
            """) { sink in
            var encoder = BinaryCopyEncoder()
            for change in changes {
                encoder.startRow(fieldCount: 7)
                encoder.appendText(merchant)
                encoder.appendDate(unixDay: date.unixDay)
                encoder.appendText(change.userKey)
                if let from = change.from { encoder.appendText(from) } else { encoder.appendNull() }
                if let to = change.to { encoder.appendText(to) } else { encoder.appendNull() }
                encoder.appendDate(unixDay: previous.unixDay)
                encoder.appendInt64(runID)
                if encoder.count >= ScoreWriter.chunkBytes { try sink.send(&encoder) }
            }
            encoder.finish()
            try sink.send(&encoder)
        }
    }

    /// Streams (user_key, segment) of one snapshot in user-key byte order; returns the rows.
    @discardableResult
    private func streamSegments(
        of date: CivilDate, fromCurrentState: Bool, _ onRow: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws -> Void
    ) throws -> Int {
        let merchantLiteral = try connection.quoteLiteral(merchant)
        let currentState = try currentPartition.map { try connection.quoteIdentifier($0) } ?? "customer_ltv"
        // COPY takes no parameters: the merchant is quoted by libpq, the date is ours.
        let sql = fromCurrentState
            ? """
              COPY (SELECT user_key, segment FROM \(currentState)
                    WHERE merchant_id = \(merchantLiteral) AND as_of = date '\(date)' ORDER BY user_key)
              TO STDOUT (FORMAT binary)
              """
            : """
              COPY (SELECT user_key, segment FROM customer_ltv_history
                    WHERE merchant_id = \(merchantLiteral) AND snapshot_date = date '\(date)' ORDER BY user_key)
              TO STDOUT (FORMAT binary)
              """
        var decoder = BinaryCopyDecoder()
        var rows = 0
        try connection.copyOut(sql) { message in
            try decoder.decode(message) { fields in
                guard let userKey = try fields.next(), let segment = try fields.next() else {
                    throw CopyField.Unexpected(what: "NULL user_key or segment")
                }
                rows += 1
                try onRow(userKey, segment)
            }
        }
        return rows
    }
}
