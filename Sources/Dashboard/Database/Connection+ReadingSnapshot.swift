import PostgresClient
import RFMJob

extension Connection {
    /// Runs `body` in one REPEATABLE READ READ ONLY transaction that first locks customer_ltv
    /// IN ACCESS SHARE MODE, before its snapshot exists (as `report` and `customer` do;
    /// docs/DECISIONS.md, "What TRUNCATE costs"): every statement of a page sees the same
    /// moment, and a night's replacement of a merchant shows wholly old or wholly new rows,
    /// never an empty page.
    func readingSnapshot<T>(_ body: () throws -> T) throws -> T {
        try transaction(.repeatableRead, readOnly: true) {
            try lockCurrentStateForReading()
            return try body()
        }
    }
}
