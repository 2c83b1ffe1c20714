import PostgresClient
import RFMConfig
import RFMCore

/// Which merchants a run scores when none are named: every merchant with a row in the source
/// its settings read from. Most merchants share the default source and are found with one
/// `SELECT DISTINCT` there; a merchant the configuration gives its own source is scored if that
/// source has a row for it, or if the source is unusable, so that it fails visibly rather than
/// vanishing from the run. A merchant found in the default source whose settings point elsewhere
/// is read from its own source only.
enum RunPlan {
    static func merchants(named: [String]?, settings: SettingsResolver, sources: inout SourceCatalog) throws -> [String] {
        let defaultSource = settings.defaults.source
        if let named {
            // The default source is checked up front, as it always was: a missing one stops the run.
            if named.contains(where: { settings.settings(for: $0).source.sameBytes(as: defaultSource) }) {
                _ = try sources.relation(defaultSource)
            }
            return named.uniquedByBytes()  // `--merchant X --merchant X` runs X once
        }
        // Ids are keys by bytes (SPEC §7): "caf\u{E9}" and "cafe\u{301}" are two merchants.
        var merchants = Set(try sources.relation(defaultSource).merchants(on: sources.connection)
            .filter { settings.settings(for: $0).source.sameBytes(as: defaultSource) }.map { ByteKey($0) })
        for merchant in settings.configuredMerchants {
            let own = settings.settings(for: merchant).source
            guard !own.sameBytes(as: defaultSource) else { continue }
            do {
                if try sources.relation(own).hasRows(for: merchant, on: sources.connection) { merchants.insert(ByteKey(merchant)) }
            } catch {
                merchants.insert(ByteKey(merchant))
            }
        }
        return merchants.sorted().map(\.text)
    }
}

extension SourceRelation {
    /// Whether the relation has at least one row of the merchant.
    func hasRows(for merchant: String, on connection: Connection) throws -> Bool {
        try connection.execute(
            "SELECT EXISTS (SELECT 1 FROM \(quotedName) WHERE merchant_id::text = $1)", [merchant]
        ).scalar == "t"
    }
}
