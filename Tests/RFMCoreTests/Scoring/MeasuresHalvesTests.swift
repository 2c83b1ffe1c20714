import Testing
@testable import RFMCore

/// `finish()` builds the measures in two halves on two cores and hashes emails in two halves:
/// on enough customers to split, every customer's measures must be the ones worked out here
/// customer by customer, in user-key byte order.
@Suite struct MeasuresHalvesTests {
    @Test func manyCustomersComeOutAsComputedOneByOne() throws {
        let asOf = CivilDate(iso: "2026-11-24")!
        let day = CivilDate.microsecondsPerDay
        var random = SplitMix64(state: 21)
        var events: [TestEvent] = []
        var expected: [String: CustomerMeasures] = [:]
        for index in 0..<40_000 {
            let user = "u\(random.next() % 1_000_000)-\(index)"
            // Emails shared by several customers (hashed once), some blank (no hash), some absent.
            let email: String? = switch index % 4 {
            case 0: nil
            case 1: "  "
            default: "Shared\(index % 997)@Example.com"
            }
            let last = asOf.startUnixMicroseconds - Int64(1 + random.next() % 300) * day
            let first = last - Int64(random.next() % 500) * day
            let cents = Int64(1 + random.next() % 10_000)
            events.append(TestEvent("a\(index)", user: user, at: first, cents: cents, email: email))
            if first != last { events.append(TestEvent("b\(index)", user: user, at: last, cents: cents)) }
            let inWindow = first >= asOf.adding(days: -365).startUnixMicroseconds
            let frequency = first == last ? 1 : (inWindow ? 2 : 1)
            expected[user] = CustomerMeasures(
                userKey: user, recencyDays: asOf.days(since: CivilDate(containingUnixMicroseconds: last)),
                frequency: frequency, monetaryCents: cents * Int64(frequency),
                tenureDays: asOf.days(since: CivilDate(containingUnixMicroseconds: first)),
                firstPurchaseAt: first, lastPurchaseAt: last, emailSHA256: email.flatMap { EmailHash(email: $0) }
            )
        }
        let measures = try measure(events.shuffled(using: &random)).customers
        let keys = expected.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        #expect(measures.map(\.userKey) == keys)
        #expect(measures.filter { $0 != expected[$0.userKey] }.count == 0)
    }
}
