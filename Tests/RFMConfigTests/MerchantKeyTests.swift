import RFMCore
import Testing
@testable import RFMConfig

/// A merchant's section applies to the merchant whose id has exactly its bytes (SPEC §7).
@Suite struct MerchantKeyTests {
    static let composed = "caf\u{E9}", decomposed = "cafe\u{301}"

    @Test func aSectionAppliesToItsOwnBytesOnly() throws {
        let resolver = try ConfigFileTests.resolve("merchants:\n  \(Self.composed):\n    window_days: 90\n")
        #expect(resolver.settings(for: Self.composed).scoring.windowDays == 90)
        #expect(resolver.settings(for: Self.decomposed).scoring.windowDays == 365)
    }

    @Test func kindsThatDifferOnlyInNormalisationAreTwoKinds() throws {
        let resolver = try ConfigFileTests.resolve(
            "defaults:\n  purchase_kinds: [\(Self.composed), \(Self.decomposed)]\n  refund_kinds: [refund]\n"
        )
        #expect(resolver.defaults.scoring.purchaseKinds.map { Array($0.utf8) } == [Array(Self.composed.utf8), Array(Self.decomposed.utf8)])
    }

    /// YAML itself (Yams) compares mapping keys as Swift strings, so a file cannot hold sections
    /// for both forms; it is refused, never merged.
    @Test func bothFormsInOneFileAreRefusedNotMerged() {
        let problem = ConfigFileTests.problem("merchants:\n  \(Self.composed):\n    window_days: 90\n  \(Self.decomposed):\n    window_days: 30\n")
        #expect(problem?.contains("appears twice") == true, "\(problem ?? "accepted")")
        #expect(problem?.contains("Unicode normalisation") == true, "\(problem ?? "accepted")")
    }
}
