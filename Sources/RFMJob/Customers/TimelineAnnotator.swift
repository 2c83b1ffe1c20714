import RFMCore

/// Marks each row of a customer's timeline the way the job treats it, so an analyst sees why a
/// purchase does not count: the same checks and reason names as the run (SPEC §1, §7), and a
/// repeated event id counted once (or, when its copies disagree, not at all).
///
/// It sees one customer's rows only: a copy of the same event id filed under another customer
/// (which the run also treats as a conflict) is not visible here.
enum TimelineAnnotator {
    struct RawRow {
        var occurredAt: Int64
        var eventID: String?
        var kind: String?
        var currency: String?
        var amount: String?
    }

    static func annotate(_ rows: [RawRow], purchaseKinds: [String], refundKinds: [String], rates: FXRates) -> [CustomerDrillDown.TimelineEntry] {
        var entries = rows.map { entry(for: $0, purchaseKinds: purchaseKinds, refundKinds: refundKinds, rates: rates) }
        // Repeated ids among the rows that passed: identical copies count once, differing ones not at all.
        var copies: [ByteKey: [Int]] = [:]
        for (index, entry) in entries.enumerated() where entry.counted {
            copies[ByteKey(entry.eventID!), default: []].append(index)
        }
        for indexes in copies.values where indexes.count > 1 {
            let first = entries[indexes[0]]
            let identical = indexes.allSatisfy {
                let other = entries[$0]
                return other.occurredAt == first.occurredAt && other.kind == first.kind
                    && other.currency == first.currency && other.usdCents == first.usdCents
            }
            // Rows are newest first; the oldest copy is the one that counts.
            for index in identical ? Array(indexes.dropLast()) : indexes {
                entries[index].counted = false
                entries[index].usdCents = nil
                entries[index].note = identical ? "repeat of an event id already counted" : SkipReason.conflictingDuplicate.rawValue
            }
        }
        return entries
    }

    static func entry(for row: RawRow, purchaseKinds: [String], refundKinds: [String], rates: FXRates) -> CustomerDrillDown.TimelineEntry {
        var entry = CustomerDrillDown.TimelineEntry(
            occurredAt: row.occurredAt, eventID: row.eventID, kind: row.kind, currency: row.currency, amount: row.amount,
            usdCents: nil, counted: false, note: nil
        )
        guard row.eventID != nil, let kind = row.kind, let currencyText = row.currency, var amount = row.amount else {
            entry.note = SkipReason.nullField.rawValue
            return entry
        }
        let reading = amount.withUTF8 { AmountText.parse(UnsafeRawBufferPointer($0)) }
        let configuredKind: EventKind? = purchaseKinds.contains { $0.sameBytes(as: kind) } ? .purchase : refundKinds.contains { $0.sameBytes(as: kind) } ? .refund : nil
        switch EventValue.check(kind: configuredKind, amount: reading, currency: CurrencyCode(currencyText), rate: rates.rateMicros(for:)) {
        case .skipped(let reason):
            entry.note = reason.rawValue
        case .counted(_, _, let usdCents, let rateKnown):
            entry.counted = true
            entry.usdCents = usdCents  // the USD column shows what the job adds up
            if !rateKnown { entry.note = "no rate for \(currencyText), counted at 1.0" }
        }
        return entry
    }
}
