#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The front half of scoring, shared by a nightly run and a backfill: validates each row
/// (SPEC §1, §7), converts it to USD cents, and keeps what a customer carries whatever the
/// window — the user key, the first purchase, the latest email.
///
/// First purchase and email are minima and maxima over valid rows, which a repeated or
/// re-ordered row cannot change, so they are folded in as rows arrive and never stored.
public struct EventIntake {
    /// Rows at or after this instant are ignored (SPEC §2). A backfill uses its last date's.
    let cutoff: Int64
    /// Emails of rows before this instant are folded in; later rows hand theirs back in
    /// `Accepted.email`, for a backfill to apply date by date. A nightly run folds them all.
    let emailHorizon: Int64
    let rates: FXRates
    private let purchaseKinds: [[UInt8]]
    private let refundKinds: [[UInt8]]
    /// Customers left out by configuration (key patterns, the exclusion table's keys); nil when
    /// nobody is, so the common case costs one test per row.
    private let exclusion: CustomerExclusion?

    public internal(set) var quality = DataQuality()

    // Per customer (index = position in `customers`).
    var customers: ByteStringTable
    /// One record per customer, so a row touches one cache line of customer state, not three.
    var state: [CustomerState] = []
    var emails: ByteStringTable

    // One-entry cache: rows of one currency tend to come together.
    private var lastCurrency = CurrencyCode.usd
    private var lastRate: Int64?

    static let noEmail = UInt32.max

    /// What the key tables start sized for when nothing better is known: a large merchant's read
    /// then grows them a few times, not dozens.
    public static let defaultExpectedCustomers = 1 << 16

    /// `excludedKeys`: user keys to leave out besides those matching `settings.excludedUserKeys`
    /// (the configured exclusion table's keys for this merchant).
    public init(
        cutoff: Int64, emailHorizon: Int64? = nil, settings: ScoringSettings, rates: FXRates, excludedKeys: Set<ByteKey> = [],
        expectedCustomers: Int = EventIntake.defaultExpectedCustomers
    ) {
        customers = ByteStringTable(expectedCount: expectedCustomers)
        emails = ByteStringTable(expectedCount: expectedCustomers)
        self.cutoff = cutoff
        self.emailHorizon = emailHorizon ?? cutoff
        self.rates = rates
        purchaseKinds = settings.purchaseKinds.map { Array($0.utf8) }
        refundKinds = settings.refundKinds.map { Array($0.utf8) }
        let exclusion = CustomerExclusion(patterns: settings.excludedUserKeys, keys: excludedKeys)
        self.exclusion = exclusion.isEmpty ? nil : exclusion
        lastRate = rates.rateMicros(for: .usd)
    }

    /// A row that passed validation, with its customer interned and its email and first
    /// purchase already noted. `eventID` is borrowed like the row's bytes.
    struct Accepted {
        let customer: Int
        let eventID: UnsafeRawBufferPointer
        let instant: Int64
        let kind: EventKind
        let currency: CurrencyCode
        let usdCents: Int64
        /// No rate for the currency: converted at 1.0 (SPEC §1); the caller warns where it counts.
        let rateUnknown: Bool
        /// The row's email, when it is at or after the email horizon and not blank.
        let email: UnsafeRawBufferPointer?

        /// Currency in the low 24 bits, kind above: one integer to store and compare.
        var currencyAndKind: UInt32 { currency.packed | UInt32(kind.rawValue) << 24 }
    }

    /// Validates a row; nil when it is skipped (counted by reason) or at/after the cutoff.
    @inline(__always)
    mutating func accept(_ row: EventRow) -> Accepted? {
        quality.rowsRead += 1
        guard let eventID = row.eventID, let userKey = row.userKey, let occurredAt = row.occurredAt,
              let amount = row.amount, let currencyBytes = row.currency, let kindBytes = row.kind
        else { return skip(.nullField) }
        guard userKey.count <= StoredRange.maximumUserKeyBytes else { return skip(.keyTooLong) }
        guard case .unixMicroseconds(let instant) = occurredAt else { return skip(.infiniteTime) }
        guard instant < cutoff else {
            quality.rowsAfterCutoff += 1
            return nil
        }
        let kind: EventKind, currency: CurrencyCode, usdCents: Int64, rateKnown: Bool
        switch EventValue.check(
            kind: self.kind(of: kindBytes), amount: amount, currency: CurrencyCode(bytes: currencyBytes), rate: { rateMicros(for: $0) }
        ) {
        case .skipped(let reason): return skip(reason)
        case .counted(let checkedKind, let checkedCurrency, let cents, let known):
            (kind, currency, usdCents, rateKnown) = (checkedKind, checkedCurrency, cents, known)
        }

        let customer = intern(customer: userKey)
        if exclusion != nil, state[customer].excluded {
            quality.excludedRows += 1
            return nil
        }
        if kind == .purchase, instant < state[customer].firstPurchase { state[customer].firstPurchase = instant }
        var laterEmail: UnsafeRawBufferPointer?
        if instant < emailHorizon {
            noteEmail(row.email, customer: customer, at: instant)
        } else if let email = row.email, EmailHash.hasAddress(email) {
            laterEmail = email
        }
        return Accepted(
            customer: customer, eventID: eventID, instant: instant, kind: kind, currency: currency,
            usdCents: usdCents, rateUnknown: !rateKnown, email: laterEmail
        )
    }

    /// Counts a row in the window whose currency has no rate.
    mutating func warnUnknownRate(_ currency: CurrencyCode) {
        quality.unknownCurrencyRows += 1
        quality.unknownCurrencies.insert(currency)
    }

    @inline(__always)
    private mutating func skip(_ reason: SkipReason) -> Accepted? {
        quality.skip(reason)
        return nil
    }

    @inline(__always)
    private func kind(of bytes: UnsafeRawBufferPointer) -> EventKind? {
        for kind in purchaseKinds where Self.equal(kind, bytes) { return .purchase }
        for kind in refundKinds where Self.equal(kind, bytes) { return .refund }
        return nil
    }

    @inline(__always)
    private static func equal(_ known: [UInt8], _ bytes: UnsafeRawBufferPointer) -> Bool {
        known.withUnsafeBytes { ByteStringTable.equal($0, bytes) }
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
            let excluded = exclusion?.excludes(userKey) ?? false
            if excluded { quality.excludedCustomers += 1 }
            state.append(CustomerState(excluded: excluded))
        }
        return index
    }

    /// Keeps the email of the customer's most recent row that has one.
    @inline(__always)
    private mutating func noteEmail(_ email: UnsafeRawBufferPointer?, customer: Int, at instant: Int64) {
        guard let email, instant >= state[customer].emailAt, EmailHash.hasAddress(email) else { return }
        if instant == state[customer].emailAt,
           !emails.withBytes(Int(state[customer].emailIndex), { Self.isLater(email, than: $0) }) {
            return
        }
        state[customer].emailAt = instant
        state[customer].emailIndex = internEmail(email)
    }

    /// At equal times the byte-wise greater address wins, so the choice does not depend on row order.
    static func isLater(_ candidate: UnsafeRawBufferPointer, than current: UnsafeRawBufferPointer) -> Bool {
        current.lexicographicallyPrecedes(candidate)
    }

    mutating func internEmail(_ email: UnsafeRawBufferPointer) -> UInt32 {
        UInt32(emails.intern(email).index)
    }
}
