import Logging
import PostgresClient
import RFMCore

/// `segment_transitions` for a batch, in its transaction: what `SegmentTransitionRecorder` does
/// for one merchant, with one COPY out of the previous snapshots and one COPY of the changes
/// for the whole batch.
///
/// A nightly run's previous snapshot is the merchant's newest one (`rfm_merchants.newest_as_of`),
/// usually the current state, whose segments the DELETE that clears it hands back
/// (`PreviousSegments`): no second read. A merchant whose newest snapshot is not older than the date (a
/// rerun of the date, a date slid in between) takes `SegmentTransitionRecorder`'s way, which
/// reads its calendar and may redo the next snapshot's changes too: rare, so one at a time.
struct BatchTransitionRecorder {
    let connection: Connection
    let asOf: CivilDate
    let logger: Logger

    struct Part {
        let merchant: String
        let runID: Int64
        let scores: ScoredCustomers
        let record: RunLedger.MerchantRecord?
    }

    /// Where a merchant's previous segments come from.
    private struct Source: Hashable {
        let date: CivilDate
        let fromCurrentState: Bool
    }

    /// The parts whose previous snapshot is not simply the newest one (their newest is not older
    /// than the date): recorded here, one by one, by `SegmentTransitionRecorder`, which reads
    /// their calendars. Call before the current state is cleared (it may read it). Returns the
    /// others, for `record`.
    func recordUnusual(_ parts: [Part]) throws -> [Part] {
        var usual: [Part] = []
        for part in parts {
            if let newest = part.record?.newestAsOf, newest >= asOf {
                // Reads the current state through customer_ltv: its lock before the shared partition's.
                try SegmentTransitionRecorder(
                    connection: connection, merchant: part.merchant, asOf: asOf, runID: part.runID, logger: logger
                ).record(part.scores)
            } else {
                usual.append(part)
            }
        }
        return usual
    }

    /// Records the changes of `parts` (none unusual) against their newest snapshots. Those whose
    /// newest snapshot is the current state take its segments from `previous`, what clearing it
    /// returned (merchant positions in `previousIndex`); the others read history.
    func record(_ parts: [Part], previous: PreviousSegments, previousIndex: ByteKeyIndex) throws {
        var bySource: [Source: [Int]] = [:]
        for (index, part) in parts.enumerated() {
            guard let newest = part.record?.newestAsOf else { continue }  // the first snapshot: a baseline
            var merchant = part.merchant
            let position = merchant.withUTF8 { previousIndex.index(of: UnsafeRawBufferPointer($0)) }
            let fromCurrent = part.record?.currentAsOf == newest && position.map { previous.holds(merchant: $0, date: newest) } == true
            bySource[Source(date: newest, fromCurrentState: fromCurrent), default: []].append(index)
        }
        guard !bySource.isEmpty else { return }
        var changes: [(part: Int, previous: CivilDate, changes: [SegmentChange])] = []
        for (source, members) in bySource.sorted(by: { $0.key.date < $1.key.date }) {
            changes += try source.fromCurrentState
                ? merge(parts, members, date: source.date, previous: previous, index: previousIndex)
                : merge(parts, members, withHistoryOf: source.date)
        }
        changes.sort { $0.part < $1.part }  // merchant byte order, as the key is
        guard changes.contains(where: { !$0.changes.isEmpty }) else { return }
        try connection.copyIn("""
            COPY segment_transitions (merchant_id, as_of, user_key, from_segment, to_segment, previous_as_of, run_id)
            FROM STDIN (FORMAT binary)
            """) { sink in
            var encoder = BinaryCopyEncoder()
            for (part, previous, list) in changes {
                for change in list {
                    encoder.startRow(fieldCount: 7)
                    encoder.appendText(parts[part].merchant)
                    encoder.appendDate(unixDay: asOf.unixDay)
                    encoder.appendText(change.userKey)
                    if let from = change.from { encoder.appendText(from) } else { encoder.appendNull() }
                    if let to = change.to { encoder.appendText(to) } else { encoder.appendNull() }
                    encoder.appendDate(unixDay: previous.unixDay)
                    encoder.appendInt64(parts[part].runID)
                    if encoder.count >= ScoreWriter.chunkBytes { try sink.send(&encoder) }
                }
            }
            encoder.finish()
            try sink.send(&encoder)
        }
    }

    /// The changes of `members` (indexes into `parts`) against the current state's segments.
    private func merge(
        _ parts: [Part], _ members: [Int], date: CivilDate, previous: PreviousSegments, index: ByteKeyIndex
    ) throws -> [(part: Int, previous: CivilDate, changes: [SegmentChange])] {
        try members.map { member in
            var merge = SegmentChangeMerge(scores: parts[member].scores, memorySide: .later)
            var merchant = parts[member].merchant
            if let position = merchant.withUTF8({ index.index(of: UnsafeRawBufferPointer($0)) }) {
                try previous.forEach(merchant: position) { try merge.streamed(userKey: $0, segment: $1) }
            }
            return (member, date, merge.finish())
        }
    }

    /// The changes of `members` (indexes into `parts`, in byte order) against their snapshot of
    /// `date` in history, streamed out in one COPY.
    private func merge(
        _ parts: [Part], _ members: [Int], withHistoryOf date: CivilDate
    ) throws -> [(part: Int, previous: CivilDate, changes: [SegmentChange])] {
        let index = ByteKeyIndex(members.map { parts[$0].merchant })
        var merges = members.map { SegmentChangeMerge(scores: parts[$0].scores, memorySide: .later) }
        let ids = try connection.quoteLiteral(PostgresArray.text(index.keys))
        // COPY takes no parameters: the ids are quoted by libpq, the date is ours.
        let sql = """
            COPY (SELECT merchant_id, user_key, segment FROM customer_ltv_history
                  WHERE merchant_id = ANY(\(ids)::text[]) AND snapshot_date = date '\(date)' ORDER BY merchant_id, user_key)
            TO STDOUT (FORMAT binary)
            """
        var decoder = BinaryCopyDecoder()
        var last = -1
        try connection.copyOut(sql) { message in
            try decoder.decode(message) { fields in
                guard let merchant = try fields.next(), let userKey = try fields.next(), let segment = try fields.next() else {
                    throw CopyField.Unexpected(what: "NULL merchant_id, user_key or segment")
                }
                let member: Int
                if last >= 0, index.keys[last].utf8.elementsEqual(merchant) {
                    member = last
                } else {
                    guard let found = index.index(of: merchant) else { return }
                    member = found
                    last = found
                }
                try merges[member].streamed(userKey: userKey, segment: segment)
            }
        }
        return members.indices.map { (members[$0], date, merges[$0].finish()) }
    }
}
