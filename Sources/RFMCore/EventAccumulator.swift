/// Turns one merchant's rows, in any order, into per-customer measures for one as-of date
/// (SPEC §1–§3): the nightly run.
///
/// Window events are kept in compact columns and deduplicated by event id as they arrive;
/// they are summed in `finish()`, after all copies of an id have been seen, so a conflicting
/// copy can be dropped whatever order rows came in. Rows before the window only feed the first
/// purchase and the email, which `EventIntake` folds in on the spot.
public struct EventAccumulator {
    let window: ScoringWindow
    var intake: EventIntake

    // Per distinct window event (index = position in `eventIDs`).
    var eventIDs = ByteStringTable(expectedCount: 1 << 16)
    var eventCustomer: [UInt32] = []
    var eventTime: [Int64] = []
    var eventUSDCents: [Int64] = []
    var eventCurrencyAndKind: [UInt32] = []
    /// Ids seen more than once (rare): how many copies, and whether any disagreed.
    var repeats: [Int: (copies: Int, conflicting: Bool)] = [:]

    public init(window: ScoringWindow, settings: ScoringSettings, rates: FXRates) {
        self.window = window
        intake = EventIntake(cutoff: window.cutoff, settings: settings, rates: rates)
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
        let (index, inserted) = eventIDs.intern(event.eventID)
        if inserted {
            eventCustomer.append(UInt32(event.customer))
            eventTime.append(event.instant)
            eventUSDCents.append(event.usdCents)
            eventCurrencyAndKind.append(event.currencyAndKind)
        } else {
            let same = eventCustomer[index] == UInt32(event.customer) && eventTime[index] == event.instant
                && eventUSDCents[index] == event.usdCents && eventCurrencyAndKind[index] == event.currencyAndKind
            let known = repeats[index] ?? (copies: 1, conflicting: false)
            repeats[index] = (known.copies + 1, known.conflicting || !same)
        }
        return event
    }

    /// Sums the window's distinct events per customer and returns the scored customers.
    public consuming func finish() throws -> MerchantMeasures {
        let conflicted = settleRepeats()
        let sums = windowSums(excluding: conflicted)
        var profiles = CustomerProfiles(intake: intake)
        let measures = try sums.measures(asOf: window.asOf, keyOrder: CustomerProfiles.keyOrder(intake), profiles: &profiles)
        return MerchantMeasures(customers: measures, quality: intake.quality)
    }

    /// Counts repeated ids once all rows are in, and returns the window events not to count:
    /// every copy of a conflicting id is skipped; a clean repeat counts once (SPEC §1).
    mutating func settleRepeats() -> Set<Int> {
        var conflicted = Set<Int>()
        for (event, seen) in repeats {
            if seen.conflicting {
                conflicted.insert(event)
                intake.quality.skip(.conflictingDuplicate, count: seen.copies)
            } else {
                intake.quality.duplicatesIgnored += seen.copies - 1
            }
        }
        return conflicted
    }

    /// The window's distinct events summed per customer.
    func windowSums(excluding conflicted: Set<Int>) -> CustomerAggregates {
        var sums = CustomerAggregates(customerCount: intake.customers.count)
        let purchaseTag = UInt32(EventKind.purchase.rawValue) << 24
        for event in 0..<eventCustomer.count where !conflicted.contains(event) {
            sums.add(
                customer: Int(eventCustomer[event]), instant: eventTime[event], usdCents: eventUSDCents[event],
                isPurchase: eventCurrencyAndKind[event] & 0xFF00_0000 == purchaseTag
            )
        }
        return sums
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
