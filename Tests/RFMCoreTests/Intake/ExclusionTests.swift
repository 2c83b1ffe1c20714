import Testing
@testable import RFMCore

/// Customers left out by configuration: by key pattern or listed key, decided once per customer.
@Suite struct ExclusionTests {
    static let day = CivilDate(iso: "2026-11-01")!.at(hour: 12)
    static let beforeWindow = CivilDate(iso: "2025-01-01")!.at(hour: 12)

    static let events = [
        TestEvent("1", user: "anon-1", at: day), TestEvent("2", user: "anon-1", at: day - 1),
        TestEvent("3", user: "anon-2", at: beforeWindow),                            // out of the window: still excluded
        TestEvent("4", user: "alice", at: day, email: "alice@example.com"),
        TestEvent("5", user: "bob", at: day), TestEvent("6", user: "bob", at: day, kind: "refund"),
        TestEvent("7", user: "anon-3", at: day, kind: "chargeback"),                  // invalid first: skipped, not excluded
    ]

    @Test func patternsLeaveCustomersOutAndCountThem() throws {
        let settings = ScoringSettings(excludedUserKeys: [UserKeyPattern("anon-*")!])
        let measures = try measure(Self.events, settings: settings)
        #expect(measures.customers.map(\.userKey) == ["alice", "bob"])
        #expect(measures.quality.excludedCustomers == 2)
        #expect(measures.quality.excludedRows == 3)
        #expect(measures.quality.skipped == [.unknownKind: 1])
        #expect(measures.quality.rowsRead == 7)
    }

    @Test func listedKeysLeaveCustomersOutToo() throws {
        var accumulator = EventAccumulator(
            window: ScoringWindow(asOf: CivilDate(iso: "2026-11-24")!, days: 365), settings: .default, rates: .seed,
            excludedKeys: ["bob"]
        )
        for event in Self.events { event.add(to: &accumulator) }
        let measures = try accumulator.finish()
        #expect(measures.customers.map(\.userKey) == ["alice", "anon-1"])
        #expect(measures.quality.excludedCustomers == 1)
        #expect(measures.quality.excludedRows == 2)
    }

    @Test func withoutExclusionsNothingIsCounted() throws {
        let measures = try measure(Self.events)
        #expect(measures.customers.map(\.userKey) == ["alice", "anon-1", "bob"])
        #expect(measures.quality.excludedCustomers == 0 && measures.quality.excludedRows == 0)
    }
}
