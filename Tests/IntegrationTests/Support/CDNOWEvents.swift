import Foundation
import PostgresClient

/// The CDNOW 1/10 sample's raw transactions (Tests/Fixtures/cdnow/CDNOW_sample.txt) as
/// purchase_events of merchant "cdnow", as scripts/checks/cdnow-backtest loads them: one purchase per
/// line at midnight UTC of its date, in USD, event ids "cdnow-<line number>".
enum CDNOWEvents {
    static let file = TestPaths.tests.appending(path: "Fixtures/cdnow/CDNOW_sample.txt")

    static func load(into database: TestDatabase) throws {
        try load(into: try database.connect())
    }

    static func load(into connection: Connection) throws {
        let lines = try String(contentsOf: file, encoding: .utf8).split(whereSeparator: \.isNewline)
        let values = lines.enumerated().map { number, line in
            let field = line.split(separator: " ")
            let date = field[2]
            return "('cdnow', 'cdnow-\(number + 1)', '\(field[1])', NULL, '\(date.prefix(4))-\(date.dropFirst(4).prefix(2))-\(date.suffix(2)) 00:00:00+00', \(field[4]), 'USD', 'purchase')"
        }
        try connection.executeScript("""
            INSERT INTO purchase_events (merchant_id, event_id, user_key, email, occurred_at, amount, currency, kind) VALUES
            \(values.joined(separator: ",\n"));
            """)
    }
}
