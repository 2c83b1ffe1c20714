import Foundation
import Logging
import PostgresClient
import RFMCore

/// Reads `fx_rates` (SPEC §1) into exact millionths.
struct FXRateStore {
    let connection: Connection
    let logger: Logger

    func load() throws -> FXRates {
        rates(try connection.execute("SELECT currency, usd_rate::text FROM fx_rates ORDER BY currency").rows.map { ($0[0], $0[1]) })
    }

    /// The rates from `json_object_agg(currency, usd_rate::text)` read with other values in one
    /// statement (the drill-down's); NULL (no rows) is no rates.
    func rates(json text: String?) -> FXRates {
        guard let text, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String] else { return rates([]) }
        return rates(object.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// Rows that are not an ISO code with a positive rate are ignored, with a warning.
    func rates(_ rows: [(currency: String?, usdRate: String?)]) -> FXRates {
        var rates = FXRates(micros: [:])
        for row in rows {
            guard let code = row.currency.flatMap(CurrencyCode.init),
                  let micros = row.usdRate.flatMap({ Cents.parseDecimal($0[...], scale: 6) }), micros > 0
            else {
                logger.warning("fx_rates row ignored: not an ISO code with a positive rate", metadata: ["fx.currency": "\(row.currency ?? "NULL")"])
                continue
            }
            rates.set(code, micros: micros)
        }
        return rates
    }
}
