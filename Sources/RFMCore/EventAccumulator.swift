/// Turns one merchant's rows, in any order, into per-customer measures for one as-of date
/// (SPEC §1–§3): the nightly run.
///
/// Window rows are appended to compact columns as they arrive, with their event id and its
/// hash; `finish()` finds repeated ids by sorting (`EventIDGroups`), drops every copy of an id
/// whose copies disagree and all but one of a clean repeat, and sums what is left. Deciding
/// after all rows are in makes the result independent of row order; sorting instead of a hash
/// table keeps the per-row work to sequential writes. Rows before the window only feed the
/// first purchase and the email, which `EventIntake` folds in on the spot.
public struct EventAccumulator {
    let window: ScoringWindow
    var intake: EventIntake

    // One entry per window row (every copy), in arrival order.
    var ids = ByteStringList()
    var idTags = ChunkedColumn<UInt32>()
    var rowCustomer = ChunkedColumn<UInt32>()
    var rowTime = ChunkedColumn<Int64>()
    var rowUSDCents = ChunkedColumn<Int64>()
    /// Currency code in the low 24 bits, kind above: one comparison checks both.
    var rowCurrencyAndKind = ChunkedColumn<UInt32>()

    /// `excludedKeys`: user keys to leave out besides those matching `settings.excludedUserKeys`.
    public init(window: ScoringWindow, settings: ScoringSettings, rates: FXRates, excludedKeys: Set<String> = []) {
        self.window = window
        intake = EventIntake(cutoff: window.cutoff, settings: settings, rates: rates, excludedKeys: excludedKeys)
    }

    public var quality: DataQuality { intake.quality }

    /// Takes one row. Rows at or after the cutoff are counted and ignored (SPEC §2).
    @inline(__always)
    public mutating func add(_ row: EventRow) { _ = accept(row) }

    /// `add`, handing back the row as accepted (valid and before the cutoff, in the window or
    /// not), so that `CLVEventAccumulator` can look at every purchase without validating twice.
    @inline(__always)
    mutating func accept(_ row: EventRow) -> EventIntake.Accepted? {
        guard let event = intake.accept(row) else { return nil }
        guard event.instant >= window.start else { return event }
        if event.rateUnknown { intake.warnUnknownRate(event.currency) }
        ids.append(event.eventID)
        idTags.append(EventIDGroups.tag(event.eventID))
        rowCustomer.append(UInt32(event.customer))
        rowTime.append(event.instant)
        rowUSDCents.append(event.usdCents)
        rowCurrencyAndKind.append(event.currencyAndKind)
        return event
    }

    /// Settles repeated ids, sums the window per customer and returns the scored customers.
    public consuming func finish() throws -> MerchantMeasures {
        let skip = settleRepeats()
        let sums = windowSums(skipping: skip)
        // The window's rows are summed: free them before the measures take their place.
        releaseRows()
        let scored = (0..<intake.customers.count).filter { sums.frequency[$0] > 0 }
            .sorted { intake.customers.precedes($0, $1) }
        var profiles = CustomerProfiles(intake: intake)
        let measures = try sums.measures(asOf: window.asOf, keyOrder: scored, profiles: &profiles)
        return MerchantMeasures(customers: measures, quality: intake.quality)
    }

    /// Counts repeated ids once all rows are in, and marks the window rows not to count:
    /// every copy of a conflicting id is skipped; a clean repeat counts once (SPEC §1).
    mutating func settleRepeats() -> [Bool] {
        var skip = [Bool](repeating: false, count: ids.count)
        EventIDGroups.forEachRepeated(ids: ids, tags: idTags) { rows in
            let first = rows[0]
            if rows.dropFirst().allSatisfy({ sameContent($0, first) }) {
                for row in rows.dropFirst() { skip[row] = true }
                intake.quality.duplicatesIgnored += rows.count - 1
            } else {
                for row in rows { skip[row] = true }
                intake.quality.skip(.conflictingDuplicate, count: rows.count)
            }
        }
        return skip
    }

    /// The window's counted rows summed per customer.
    func windowSums(skipping skip: [Bool]) -> CustomerAggregates {
        var sums = CustomerAggregates(customerCount: intake.customers.count)
        let purchaseTag = UInt32(EventKind.purchase.rawValue) << 24
        for row in 0..<ids.count where !skip[row] {
            sums.add(
                customer: Int(rowCustomer[row]), instant: rowTime[row], usdCents: rowUSDCents[row],
                isPurchase: rowCurrencyAndKind[row] & 0xFF00_0000 == purchaseTag
            )
        }
        return sums
    }

    /// Frees the window's rows.
    mutating func releaseRows() {
        ids = ByteStringList()
        idTags.removeAll()
        rowCustomer.removeAll()
        rowTime.removeAll()
        rowUSDCents.removeAll()
        rowCurrencyAndKind.removeAll()
    }

    /// Same customer, instant, kind, currency and USD value.
    @inline(__always)
    private func sameContent(_ a: Int, _ b: Int) -> Bool {
        rowCustomer[a] == rowCustomer[b] && rowTime[a] == rowTime[b] && rowUSDCents[a] == rowUSDCents[b]
            && rowCurrencyAndKind[a] == rowCurrencyAndKind[b]
    }
}

/// A merchant's scored customers, ordered by user key (byte-wise), and what reading found.
public struct MerchantMeasures: Sendable {
    public var customers: [CustomerMeasures]
    public var quality: DataQuality

    public init(customers: [CustomerMeasures], quality: DataQuality) {
        self.customers = customers
        self.quality = quality
    }
}

public struct MonetaryOverflowError: Error, CustomStringConvertible {
    public let userKey: String
    public var description: String { "customer \(userKey)'s purchases add up to more than 64-bit cents can hold" }
}
