import RFMConfig

/// JSON with sorted keys: stable text for the ledger.
enum JSONText {
    /// `{"a":1,"b":2}`, keys in byte order: what the ledger's counts by reason and by segment are.
    /// Written by hand: a batch writes thousands, and JSONEncoder costs more than the merchant's scoring.
    static func counts(_ counts: [String: Int]) -> String {
        "{" + counts.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            .map { CanonicalJSON.quoted($0.key) + ":" + String($0.value) }.joined(separator: ",") + "}"
    }
}
