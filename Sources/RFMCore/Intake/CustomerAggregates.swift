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
    ///
    /// Their emails are hashed first (each needed address once, over both cores); then each half
    /// of `keyOrder` builds its measures on its own core, in place in the one array returned, so
    /// the measures are never held twice.
    func measures(asOf: CivilDate, keyOrder: [Int], profiles: inout CustomerProfiles) throws -> [CustomerMeasures] {
        if let overflowed { throw MonetaryOverflowError(userKey: profiles.userKey(overflowed)) }
        profiles.hashEmails(of: keyOrder) { frequency[$0] > 0 }
        let profiles = profiles
        // Exactly: a backfill's key order lists every customer, not only the date's scored ones.
        let count = keyOrder.reduce(0) { frequency[$1] > 0 ? $0 + 1 : $0 }
        return [CustomerMeasures](unsafeUninitializedCapacity: count) { buffer, initialized in
            let output = DisjointWrites(buffer)
            TwoCores.forEachHalf(of: keyOrder.count) { keys in
                // The second half starts where the first half's scored customers end.
                var position = keyOrder[..<keys.lowerBound].reduce(0) { frequency[$1] > 0 ? $0 + 1 : $0 }
                for customer in keyOrder[keys] where frequency[customer] > 0 {
                    output.initialize(measures(of: customer, asOf: asOf, profiles: profiles), at: position)
                    position += 1
                }
            }
            initialized = count
        }
    }

    @inline(__always)
    private func measures(of customer: Int, asOf: CivilDate, profiles: CustomerProfiles) -> CustomerMeasures {
        let first = min(profiles.state[customer].firstPurchase, lastPurchase[customer])
        return CustomerMeasures(
            userKey: profiles.userKey(customer),
            recencyDays: asOf.days(since: CivilDate(containingUnixMicroseconds: lastPurchase[customer])),
            frequency: Int(frequency[customer]),
            monetaryCents: max(0, purchaseCents[customer] - refundCents[customer]),
            tenureDays: asOf.days(since: CivilDate(containingUnixMicroseconds: first)),
            firstPurchaseAt: first,
            lastPurchaseAt: lastPurchase[customer],
            emailSHA256: profiles.emailHash(customer)
        )
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
    /// Set by `hashEveryEmail()`: nothing is left to hash.
    private var everyEmailHashed = false

    enum HashState: UInt8 {
        case notYet, wanted, hashed, noAddress
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

    /// The customer's email hash; `hashEmails(of:)` must have covered the customer.
    @inline(__always)
    func emailHash(_ customer: Int) -> EmailHash? {
        let index = state[customer].emailIndex
        guard index != EventIntake.noEmail else { return nil }
        let slot = Int(index)
        precondition(hashState[slot] != .notYet && hashState[slot] != .wanted, "an email read before it was hashed")
        return hashState[slot] == .hashed ? hashes[slot] : nil
    }

    /// Hashes the emails of the customers in `customers` that `included` selects, those not
    /// hashed yet, each address once, over both cores.
    mutating func hashEmails(of customers: [Int], where included: (Int) -> Bool) {
        guard !everyEmailHashed else { return }
        for customer in customers where included(customer) {
            let index = state[customer].emailIndex
            if index != EventIntake.noEmail, hashState[Int(index)] == .notYet { hashState[Int(index)] = .wanted }
        }
        hashWanted()
    }

    /// Hashes every email now and lets the addresses go: a backfill, which would otherwise hold
    /// them for every date, though each is hashed once either way.
    mutating func hashEveryEmail() {
        for slot in hashState.indices where hashState[slot] == .notYet { hashState[slot] = .wanted }
        hashWanted()
        emails = ByteStringList()
        everyEmailHashed = true
    }

    /// Hashes the `.wanted` emails, each core a half of the slots.
    private mutating func hashWanted() {
        let emails = self.emails
        hashes.withUnsafeMutableBufferPointer { hashBuffer in
            hashState.withUnsafeMutableBufferPointer { stateBuffer in
                let hashes = DisjointWrites(hashBuffer), hashState = DisjointWrites(stateBuffer)
                TwoCores.forEachHalf(of: stateBuffer.count) { slots in
                    for slot in slots where hashState[slot] == .wanted {
                        if let hash = emails.withBytes(slot, { EmailHash(email: $0) }) {
                            hashes[slot] = hash
                            hashState[slot] = .hashed
                        } else {
                            hashState[slot] = .noAddress
                        }
                    }
                }
            }
        }
    }

    /// Every customer index, sorted by user-key bytes (PostgreSQL's "C" order).
    static func keyOrder(_ intake: EventIntake) -> [Int] {
        KeyOrder.sorted(intake.customers.strings) { _ in true }
    }
}
