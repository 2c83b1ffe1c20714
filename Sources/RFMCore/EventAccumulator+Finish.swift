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

extension EventAccumulator {
    /// Sums the window's distinct events per customer and returns the scored customers:
    /// those with at least one purchase in the window (SPEC §3).
    public consuming func finish() throws -> MerchantMeasures {
        let customerCount = customers.count
        var frequency = [Int32](repeating: 0, count: customerCount)
        var purchaseCents = [Int64](repeating: 0, count: customerCount)
        var refundCents = [Int64](repeating: 0, count: customerCount)
        var lastPurchase = [Int64](repeating: .min, count: customerCount)
        var firstPurchase = firstPurchaseBeforeWindow
        let purchaseTag = UInt32(EventKind.purchase.rawValue) << 24
        var overflowed: Int?

        for event in 0..<eventCustomer.count where !conflicted.contains(event) {
            let customer = Int(eventCustomer[event])
            let cents = eventUSDCents[event]
            if eventCurrencyAndKind[event] & 0xFF00_0000 == purchaseTag {
                frequency[customer] += 1
                let (sum, overflow) = purchaseCents[customer].addingReportingOverflow(cents)
                if overflow { overflowed = customer }
                purchaseCents[customer] = sum
                let instant = eventTime[event]
                if instant > lastPurchase[customer] { lastPurchase[customer] = instant }
                if instant < firstPurchase[customer] { firstPurchase[customer] = instant }
            } else {
                let (sum, overflow) = refundCents[customer].addingReportingOverflow(cents)
                if overflow { overflowed = customer }
                refundCents[customer] = sum
            }
        }
        if let overflowed { throw MonetaryOverflowError(userKey: customers.string(overflowed)) }

        let scored = (0..<customerCount).filter { frequency[$0] > 0 }
            .sorted { customers.precedes($0, $1) }
        let asOf = window.asOf
        let measures = scored.map { customer in
            CustomerMeasures(
                userKey: customers.string(customer),
                recencyDays: asOf.days(since: CivilDate(containingUnixMicroseconds: lastPurchase[customer])),
                frequency: Int(frequency[customer]),
                monetaryCents: max(0, purchaseCents[customer] - refundCents[customer]),
                tenureDays: asOf.days(since: CivilDate(containingUnixMicroseconds: firstPurchase[customer])),
                firstPurchaseAt: firstPurchase[customer],
                lastPurchaseAt: lastPurchase[customer],
                emailSHA256: emailIndex[customer] == Self.noEmail
                    ? nil : emails.withBytes(Int(emailIndex[customer])) { EmailHash(email: $0) }
            )
        }
        return MerchantMeasures(customers: measures, quality: quality)
    }
}
