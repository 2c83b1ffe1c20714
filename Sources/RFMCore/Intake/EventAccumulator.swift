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

    /// One entry per window row (every copy), in arrival order. Currency code in the low 24 bits
    /// of `currencyAndKind`, kind above: one comparison checks both.
    var rows = EventColumns()

    /// `excludedKeys`: user keys to leave out besides those matching `settings.excludedUserKeys`.
    /// `expectedCustomers` sizes the key tables at the start (they grow as needed): a fleet's
    /// small merchants pass what they had last night, so each does not begin with tables for 65,536.
    public init(
        window: ScoringWindow, settings: ScoringSettings, rates: FXRates, excludedKeys: Set<ByteKey> = [],
        expectedCustomers: Int = EventIntake.defaultExpectedCustomers
    ) {
        self.window = window
        intake = EventIntake(
            cutoff: window.cutoff, settings: settings, rates: rates, excludedKeys: excludedKeys, expectedCustomers: expectedCustomers
        )
    }

    public var quality: DataQuality { intake.quality }

    /// Takes one row. Rows at or after the cutoff are counted and ignored (SPEC §2).
    @inline(__always)
    public mutating func add(_ row: EventRow) { _ = accept(row) }

    /// `add`, handing back the row as accepted (valid and before the cutoff, in the window or
    /// not), so that `LTVEventAccumulator` can look at every purchase without validating twice.
    @inline(__always)
    mutating func accept(_ row: EventRow) -> EventIntake.Accepted? {
        guard let event = intake.accept(row) else { return nil }
        guard event.instant >= window.start else { return event }
        if event.rateUnknown { intake.warnUnknownRate(event.currency) }
        rows.append(
            eventID: event.eventID, customer: event.customer, instant: event.instant, usdCents: event.usdCents,
            currencyAndKind: event.currencyAndKind
        )
        return event
    }

    /// Settles repeated ids, sums the window per customer and returns the scored customers.
    public consuming func finish() throws -> MerchantMeasures {
        let skip = settleRepeats()
        let sums = windowSums(skipping: skip)
        // The window's rows are summed: free them before the measures take their place.
        rows = EventColumns()
        let scored = KeyOrder.sorted(intake.customers.strings) { sums.frequency[$0] > 0 }
        var profiles = CustomerProfiles(intake: intake)
        let measures = try sums.measures(asOf: window.asOf, keyOrder: scored, profiles: &profiles)
        return MerchantMeasures(customers: measures, quality: intake.quality)
    }

    /// Counts repeated ids once all rows are in, marks the window rows not to count (every copy
    /// of a conflicting id; all but one of a clean repeat, SPEC §1), and frees the ids.
    mutating func settleRepeats() -> RowBits {
        var skip = RowBits(count: rows.count)
        EventIDGroups.forEachRepeated(ids: rows.ids, tags: rows.idTags) { copies in
            let first = copies[0]
            if copies.dropFirst().allSatisfy({ rows.sameContent($0, first) }) {
                for row in copies.dropFirst() { skip[row] = true }
                intake.quality.duplicatesIgnored += copies.count - 1
            } else {
                for row in copies { skip[row] = true }
                intake.quality.skip(.conflictingDuplicate, count: copies.count)
            }
        }
        rows.releaseIDs()
        return skip
    }

    /// The window's counted rows summed per customer.
    func windowSums(skipping skip: RowBits) -> CustomerAggregates {
        var sums = CustomerAggregates(customerCount: intake.customers.count)
        let purchaseTag = UInt32(EventKind.purchase.rawValue) << 24
        for row in 0..<rows.count where !skip[row] {
            sums.add(
                customer: Int(rows.customer[row]), instant: rows.time[row], usdCents: rows.usdCents(row),
                isPurchase: rows.currencyAndKind[row] & 0xFF00_0000 == purchaseTag
            )
        }
        return sums
    }
}
