import Testing
@testable import RFMCore

/// SPEC §7 "Keys are bytes": ids that Unicode calls equivalent but whose bytes differ are two
/// ids, as they are to PostgreSQL under COLLATE "C".
@Suite struct ByteKeyTests {
    static let composed = "caf\u{E9}"        // 63 61 66 c3 a9
    static let decomposed = "cafe\u{301}"    // 63 61 66 65 cc 81
    static let angstromLetter = "\u{C5}"     // Å, c3 85
    static let angstromSign = "\u{212B}"     // Å, e2 84 ab: canonically the letter

    @Test func swiftStringsMergeWhatTheDatabaseKeepsApart() {
        // The reason the type exists: String says these are one key.
        #expect(Self.composed == Self.decomposed)
        #expect(Set([Self.composed, Self.decomposed]).count == 1)
        #expect(Array(Self.composed.utf8) == [0x63, 0x61, 0x66, 0xC3, 0xA9])
        #expect(Array(Self.decomposed.utf8) == [0x63, 0x61, 0x66, 0x65, 0xCC, 0x81])
    }

    @Test func byteKeysKeepThemApart() {
        #expect(ByteKey(Self.composed) != ByteKey(Self.decomposed))
        #expect(Set([ByteKey(Self.composed), ByteKey(Self.decomposed), ByteKey(Self.composed)]).count == 2)
        var values: [ByteKey: Int] = [:]
        values[ByteKey(Self.composed)] = 1
        values[ByteKey(Self.decomposed)] = 2
        #expect(values[ByteKey(Self.composed)] == 1 && values[ByteKey(Self.decomposed)] == 2)
        #expect(ByteKey(Self.angstromLetter) != ByteKey(Self.angstromSign))
        #expect(!Self.composed.sameBytes(as: Self.decomposed) && Self.composed.sameBytes(as: "caf\u{E9}"))
    }

    @Test func theySortAsCollateC() {
        // e (0x65) before c3: the decomposed form sorts first, as PostgreSQL sorts them under "C".
        #expect([ByteKey(Self.composed), ByteKey(Self.decomposed), "cafe", "caf"].sorted().map(\.text)
            == ["caf", "cafe", Self.decomposed, Self.composed])
        #expect([Self.composed, "b", Self.decomposed].sortedByBytes() == ["b", Self.decomposed, Self.composed])
    }

    @Test func repeatsGoByBytesInFirstSeenOrder() {
        #expect(["x", Self.composed, "x", Self.decomposed, Self.composed].uniquedByBytes() == ["x", Self.composed, Self.decomposed])
    }

    @Test func anExcludedKeyExcludesOnlyItsOwnBytes() throws {
        let day = CivilDate(iso: "2026-11-01")!.at(hour: 12)
        var accumulator = EventAccumulator(
            window: ScoringWindow(asOf: CivilDate(iso: "2026-11-24")!, days: 365), settings: .default, rates: .seed,
            excludedKeys: [ByteKey(Self.angstromLetter)]
        )
        for event in [TestEvent("1", user: Self.angstromLetter, at: day), TestEvent("2", user: Self.angstromSign, at: day)] {
            event.add(to: &accumulator)
        }
        let measures = try accumulator.finish()
        #expect(measures.customers.map(\.userKey).map { Array($0.utf8) } == [Array(Self.angstromSign.utf8)])
        #expect(measures.quality.excludedCustomers == 1)
    }

    @Test func equivalentUserKeysAreTwoCustomers() throws {
        let day = CivilDate(iso: "2026-11-01")!.at(hour: 12)
        let measures = try measure([
            TestEvent("1", user: Self.composed, at: day, cents: 1000), TestEvent("2", user: Self.decomposed, at: day, cents: 2000),
        ])
        #expect(measures.customers.map { Array($0.userKey.utf8) } == [Array(Self.decomposed.utf8), Array(Self.composed.utf8)])
        #expect(measures.customers.map(\.monetaryCents) == [2000, 1000])
    }
}
