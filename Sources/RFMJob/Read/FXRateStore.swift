import Logging
import PostgresClient
import RFMCore

/// Reads `fx_rates` (SPEC §1) into exact millionths.
struct FXRateStore {
    let connection: Connection
    let logger: Logger

    func load() throws -> FXRates {
        var rates = FXRates(micros: [:])
        for row in try connection.execute("SELECT currency, usd_rate::text FROM fx_rates ORDER BY currency").rows {
            guard let code = row[0].flatMap(CurrencyCode.init),
                  let micros = row[1].flatMap({ Cents.parseDecimal($0[...], scale: 6) }), micros > 0
            else {
                logger.warning("fx_rates row ignored: not an ISO code with a positive rate", metadata: ["fx.currency": "\(row[0] ?? "NULL")"])
                continue
            }
            rates.set(code, micros: micros)
        }
        return rates
    }
}
