/// Turns one merchant's rows, in any order, into per-customer measures (SPEC §1–§3).
///
/// Rows stream through `add(_:)` one at a time. Window events are kept in compact columns and
/// deduplicated by event id as they arrive; everything is summed in `finish()`, after all copies
/// of an id have been seen, so a conflicting copy can be dropped whatever order rows came in.
/// Rows before the window only matter for the first-purchase date and the email, both of which
/// a repeated row cannot change, so they are folded in on the spot and not stored.
public struct EventAccumulator {
    let window: ScoringWindow
    let rates: FXRates
    private let purchaseKinds: [[UInt8]]
    private let refundKinds: [[UInt8]]
    /// nil when nobody is excluded (the common case): then `isExcluded` stays empty and the
    /// per-row cost is one test of `hasExclusion`.
    private let exclusion: CustomerExclusion?
    private let hasExclusion: Bool

    public private(set) var quality = DataQuality()

    // Per customer (index = position in `customers`).
    var customers = ByteStringTable(expectedCount: 1 << 16)
    /// Earliest valid purchase before the window; window purchases are folded in by `finish()`.
    var firstPurchaseBeforeWindow: [Int64] = []
    var emailAt: [Int64] = []
    var emailIndex: [UInt32] = []
    var emails = ByteStringTable(expectedCount: 1 << 16)
    /// Decided once, when the customer's key is first seen (only kept with an exclusion).
    var isExcluded: [Bool] = []

    // Per distinct window event (index = position in `eventIDs`).
    var eventIDs = ByteStringTable(expectedCount: 1 << 16)
    var eventCustomer: [UInt32] = []
    var eventTime: [Int64] = []
    var eventUSDCents: [Int64] = []
    /// Currency code in the low 24 bits, kind above: one comparison checks both.
    var eventCurrencyAndKind: [UInt32] = []
    /// Events with a conflicting copy: skipped entirely.
    var conflicted: Set<Int> = []

    // One-entry cache: rows of one currency tend to come together.
    private var lastCurrency = CurrencyCode.usd
    private var lastRate: Int64? = FXRates.microsPerUnit

    static let noEmail = UInt32.max

    /// `excludedKeys`: user keys to leave out besides those matching `settings.excludedUserKeys`
    /// (the configured exclusion table's keys for this merchant).
    public init(window: ScoringWindow, settings: ScoringSettings, rates: FXRates, excludedKeys: Set<String> = []) {
        self.window = window
        self.rates = rates
        purchaseKinds = settings.purchaseKinds.map { Array($0.utf8) }
        refundKinds = settings.refundKinds.map { Array($0.utf8) }
        let exclusion = CustomerExclusion(patterns: settings.excludedUserKeys, keys: excludedKeys)
        self.exclusion = exclusion.isEmpty ? nil : exclusion
        hasExclusion = !exclusion.isEmpty
        lastRate = rates.rateMicros(for: .usd)
    }

    /// Takes one row. Rows at or after the cutoff are counted and ignored (SPEC §2).
    public mutating func add(_ row: EventRow) {
        quality.rowsRead += 1
        guard let eventID = row.eventID, let userKey = row.userKey, let occurredAt = row.occurredAt,
              let amount = row.amount, let currencyBytes = row.currency, let kindBytes = row.kind
        else { return quality.skip(.nullField) }
        guard case .unixMicroseconds(let instant) = occurredAt else { return quality.skip(.infiniteTime) }
        guard instant < window.cutoff else {
            quality.rowsAfterCutoff += 1
            return
        }
        guard let kind = kind(of: kindBytes) else { return quality.skip(.unknownKind) }
        let amountCents: Int64
        switch amount {
        case .cents(let cents) where cents >= 0: amountCents = cents
        case .cents: return quality.skip(.negativeAmount)
        case .fractionOfCent: return quality.skip(.fractionOfCent)
        case .notANumber: return quality.skip(.amountNotANumber)
        case .outOfRange: return quality.skip(.amountOutOfRange)
        }
        guard let currency = CurrencyCode(bytes: currencyBytes) else { return quality.skip(.malformedCurrency) }

        if instant >= window.start {
            let rate = rateMicros(for: currency)
            guard let usdCents = FXRates.usdCents(amountCents: amountCents, rateMicros: rate ?? FXRates.microsPerUnit)
            else { return quality.skip(.amountOutOfRange) }
            let customer = intern(customer: userKey)
            if hasExclusion, isExcluded[customer] { return quality.excludedRows += 1 }
            addWindowEvent(
                id: eventID, customer: customer, instant: instant, usdCents: usdCents,
                currencyAndKind: currency.packed | UInt32(kind.rawValue) << 24
            )
            if rate == nil {
                quality.unknownCurrencyRows += 1
                quality.unknownCurrencies.insert(currency)
            }
            noteEmail(row.email, customer: customer, at: instant)
        } else {
            let customer = intern(customer: userKey)
            if hasExclusion, isExcluded[customer] { return quality.excludedRows += 1 }
            if kind == .purchase, instant < firstPurchaseBeforeWindow[customer] {
                firstPurchaseBeforeWindow[customer] = instant
            }
            noteEmail(row.email, customer: customer, at: instant)
        }
    }

    @inline(__always)
    private func kind(of bytes: UnsafeRawBufferPointer) -> EventKind? {
        if purchaseKinds.contains(where: { $0.elementsEqual(bytes) }) { return .purchase }
        if refundKinds.contains(where: { $0.elementsEqual(bytes) }) { return .refund }
        return nil
    }

    @inline(__always)
    private mutating func rateMicros(for currency: CurrencyCode) -> Int64? {
        if currency != lastCurrency {
            lastCurrency = currency
            lastRate = rates.rateMicros(for: currency)
        }
        return lastRate
    }

    @inline(__always)
    private mutating func intern(customer userKey: UnsafeRawBufferPointer) -> Int {
        let (index, inserted) = customers.intern(userKey)
        if inserted {
            firstPurchaseBeforeWindow.append(.max)
            emailAt.append(.min)
            emailIndex.append(Self.noEmail)
            if let exclusion {
                let excluded = exclusion.excludes(userKey)
                isExcluded.append(excluded)
                if excluded { quality.excludedCustomers += 1 }
            }
        }
        return index
    }

    /// Records a window event once per id. A later copy that agrees on customer, time, kind,
    /// currency and USD value is ignored; one that disagrees marks the id as conflicting.
    @inline(__always)
    private mutating func addWindowEvent(
        id: UnsafeRawBufferPointer, customer: Int, instant: Int64, usdCents: Int64, currencyAndKind: UInt32
    ) {
        let (index, inserted) = eventIDs.intern(id)
        if inserted {
            eventCustomer.append(UInt32(customer))
            eventTime.append(instant)
            eventUSDCents.append(usdCents)
            eventCurrencyAndKind.append(currencyAndKind)
            return
        }
        if eventCustomer[index] == UInt32(customer), eventTime[index] == instant,
           eventUSDCents[index] == usdCents, eventCurrencyAndKind[index] == currencyAndKind {
            quality.duplicatesIgnored += 1
        } else {
            // The first copy was taken as valid until now: count it as skipped too.
            quality.skip(.conflictingDuplicate, count: conflicted.insert(index).inserted ? 2 : 1)
        }
    }

    /// Keeps the email of the customer's most recent row that has one; at equal times, the
    /// byte-wise greater address, so the choice does not depend on row order.
    @inline(__always)
    private mutating func noteEmail(_ email: UnsafeRawBufferPointer?, customer: Int, at instant: Int64) {
        guard let email, instant >= emailAt[customer], EmailHash.hasAddress(email) else { return }
        if instant == emailAt[customer] {
            let current = Int(emailIndex[customer])
            let isGreater = emails.withBytes(current) { $0.lexicographicallyPrecedes(email) }
            guard isGreater else { return }
        }
        emailAt[customer] = instant
        emailIndex[customer] = UInt32(emails.intern(email).index)
    }
}
