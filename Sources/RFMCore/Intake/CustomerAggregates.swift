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
            ParallelHalves.forEachHalf(of: keyOrder.count) { keys in
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
