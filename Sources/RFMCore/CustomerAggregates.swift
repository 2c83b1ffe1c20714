/// Per-customer sums over one window's distinct events, and how to turn them into measures.
/// Indexed like `EventIntake.customers`.
struct CustomerAggregates {
    var frequency: [Int32]
    var purchaseCents: [Int64]
    var refundCents: [Int64]
    var lastPurchase: [Int64]
    /// A customer whose sums overflowed 64-bit cents.
    var overflowed: Int?

    init(customerCount: Int) {
        frequency = Array(repeating: 0, count: customerCount)
        purchaseCents = Array(repeating: 0, count: customerCount)
        refundCents = Array(repeating: 0, count: customerCount)
        lastPurchase = Array(repeating: .min, count: customerCount)
    }

    /// Zeroes every sum, keeping the storage: a backfill reuses one set for every date.
    mutating func reset() {
        for index in frequency.indices {
            frequency[index] = 0
            purchaseCents[index] = 0
            refundCents[index] = 0
            lastPurchase[index] = .min
        }
        overflowed = nil
    }

    @inline(__always)
    mutating func add(customer: Int, instant: Int64, usdCents: Int64, isPurchase: Bool) {
        if isPurchase {
            frequency[customer] += 1
            let (sum, overflow) = purchaseCents[customer].addingReportingOverflow(usdCents)
            if overflow { overflowed = customer }
            purchaseCents[customer] = sum
            if instant > lastPurchase[customer] { lastPurchase[customer] = instant }
        } else {
            let (sum, overflow) = refundCents[customer].addingReportingOverflow(usdCents)
            if overflow { overflowed = customer }
            refundCents[customer] = sum
        }
    }

    /// The scored customers (at least one purchase in the window, SPEC §3), in user-key byte
    /// order: `keyOrder` lists every customer in that order.
    func measures(asOf: CivilDate, keyOrder: [Int], profiles: inout CustomerProfiles) throws -> [CustomerMeasures] {
        if let overflowed { throw MonetaryOverflowError(userKey: profiles.userKey(overflowed)) }
        var measures: [CustomerMeasures] = []
        // Exactly: a backfill's key order lists every customer, not only the date's scored ones.
        measures.reserveCapacity(keyOrder.reduce(0) { frequency[$1] > 0 ? $0 + 1 : $0 })
        for customer in keyOrder where frequency[customer] > 0 {
            let first = min(profiles.state[customer].firstPurchase, lastPurchase[customer])
            measures.append(CustomerMeasures(
                userKey: profiles.userKey(customer),
                recencyDays: asOf.days(since: CivilDate(containingUnixMicroseconds: lastPurchase[customer])),
                frequency: Int(frequency[customer]),
                monetaryCents: max(0, purchaseCents[customer] - refundCents[customer]),
                tenureDays: asOf.days(since: CivilDate(containingUnixMicroseconds: first)),
                firstPurchaseAt: first,
                lastPurchaseAt: lastPurchase[customer],
                emailSHA256: profiles.emailHash(customer)
            ))
        }
        return measures
    }
}

/// What a customer carries beyond one window, ready to build measures from: the user key as a
/// String, the first purchase, and the email hash (each distinct address hashed once, when
/// first needed: hashing is the costliest step per customer).
///
/// Keys and emails are kept as their strings alone, without the intake's hash slots: nothing is
/// looked up once reading ends, and a backfill holds its profiles for every date.
struct CustomerProfiles {
    let customers: ByteStringList
    /// First purchase and current email per customer; a backfill moves the email date by date.
    var state: [CustomerState]
    /// Emptied by `hashEveryEmail()`.
    private(set) var emails: ByteStringList
    /// Per email: its hash once `hashState` says it is made (32 bytes, where an optional hash and a
    /// flag took 41).
    private var hashes: [EmailHash]
    private var hashState: [HashState]

    enum HashState: UInt8 {
        case notYet, hashed, noAddress
    }

    init(intake: EventIntake) {
        customers = intake.customers.strings
        state = intake.state
        emails = intake.emails.strings
        hashes = Array(repeating: .unset, count: intake.emails.count)
        hashState = Array(repeating: .notYet, count: intake.emails.count)
    }

    /// Made when asked: most keys are short enough to live inside the String, without allocating.
    func userKey(_ customer: Int) -> String { customers.withBytes(customer) { String(decoding: $0, as: UTF8.self) } }

    @inline(__always)
    mutating func emailHash(_ customer: Int) -> EmailHash? {
        let index = state[customer].emailIndex
        guard index != EventIntake.noEmail else { return nil }
        let slot = Int(index)
        if hashState[slot] == .notYet { hash(slot) }
        return hashState[slot] == .hashed ? hashes[slot] : nil
    }

    private mutating func hash(_ slot: Int) {
        if let hash = emails.withBytes(slot, { EmailHash(email: $0) }) {
            hashes[slot] = hash
            hashState[slot] = .hashed
        } else {
            hashState[slot] = .noAddress
        }
    }

    /// Hashes every email now and lets the addresses go: a backfill, which would otherwise hold
    /// them for every date, though each is hashed once either way.
    mutating func hashEveryEmail() {
        for slot in hashState.indices where hashState[slot] == .notYet { hash(slot) }
        emails = ByteStringList()
    }

    /// Every customer index, sorted by user-key bytes (PostgreSQL's "C" order).
    static func keyOrder(_ intake: EventIntake) -> [Int] {
        (0..<intake.customers.count).sorted { intake.customers.precedes($0, $1) }
    }
}
