import PostgresClient
import RFMConfig
import RFMCore

/// One merchant's effective settings, ready to run.
struct MerchantPlan: Sendable {
    let settings: EffectiveSettings
    /// The `fx_rates` table with the merchant's overrides.
    let rates: FXRates
    let source: SourceRelation
    let scorer: CustomerScorer
    /// What the ledger stores and hashes.
    let record: SettingsFingerprint

    var scoring: ScoringSettings { settings.scoring }

    /// What reading the merchant locks: its source and, if configured, its exclusion table.
    var readRelations: [String] { [source.quotedName] + (settings.exclusionTable.map { [$0] } ?? []) }

    /// The exclusion table's keys for the merchant, read in the current transaction.
    func excludedKeys(_ merchant: String, on connection: Connection) throws -> Set<ByteKey> {
        try settings.exclusionTable.map { try ExclusionTable.keys(in: $0, merchant: merchant, on: connection) } ?? []
    }
}
