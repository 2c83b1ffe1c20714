import PostgresClient
import RFMConfig
import RFMCore

/// `rfm-nightly fx list | fx set`: the `fx_rates` table as an operator manages it. A changed
/// rate applies to runs from then on; history keeps the numbers it was written with, and each
/// run's `rfm_runs.settings` keeps the rates it used.
public struct FXRateTable {
    let connection: Connection

    public init(connection: Connection) { self.connection = connection }

    public struct Entry: Sendable, Equatable {
        public let currency: String
        /// As PostgreSQL prints numeric(12,6): "0.920000".
        public let usdRate: String
    }

    public func list() throws -> [Entry] {
        try connection.execute("SELECT currency, usd_rate::text FROM fx_rates ORDER BY currency COLLATE \"C\"").rows.map {
            Entry(currency: $0[0] ?? "", usdRate: $0[1] ?? "")
        }
    }

    /// Inserts or replaces one rate; returns the rate it replaced, if any. The caller validates
    /// (an ISO code, a positive rate with at most six decimals).
    @discardableResult
    public func set(_ currency: CurrencyCode, micros: Int64) throws -> (old: String?, new: String) {
        var old: String?
        var new = ""
        try connection.transaction {
            old = try connection.execute(
                "SELECT usd_rate::text FROM fx_rates WHERE currency = $1 FOR UPDATE", [currency.description]
            ).scalar
            new = try connection.execute("""
                INSERT INTO fx_rates (currency, usd_rate) VALUES ($1, $2::numeric)
                ON CONFLICT (currency) DO UPDATE SET usd_rate = EXCLUDED.usd_rate
                RETURNING usd_rate::text
                """, [currency.description, SettingsLimits.fixedRateText(micros)]).scalar ?? ""
        }
        return (old, new)
    }

    /// The table as `fx list` prints it.
    public static func render(_ entries: [Entry]) -> String {
        guard !entries.isEmpty else { return "no rates: every currency counts at 1.0 (with a warning)\n" }
        let width = max("currency".count, entries.map(\.currency.count).max() ?? 0) + 2
        func padded(_ text: String) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        var text = padded("currency") + "usd_rate\n"
        for entry in entries { text += padded(entry.currency) + entry.usdRate + "\n" }
        return text
    }
}
