import Foundation
import PostgresClient
import RFMCore
import Testing
@testable import RFMJob

/// `rfm-nightly score` on a CSV gives what a database run writes to customer_ltv on the same
/// events, to the byte: every fixture row (bad ones included) goes through PostgreSQL's own CSV
/// writer, is scored without the database, and compared with the run's rows.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct ScoreCSVTests {
    /// purchase_events as PostgreSQL writes it with `COPY … (FORMAT csv, HEADER)`, rows shuffled
    /// (deterministically) so the scorer cannot lean on the table's order.
    static func eventsCSV(_ connection: Connection) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try connection.copyOut("""
            COPY (SELECT merchant_id, event_id, user_key, email, occurred_at, amount, currency, kind FROM purchase_events
                  ORDER BY md5(event_id || amount::text || user_key)) TO STDOUT (FORMAT csv, HEADER)
            """) { bytes += $0 }
        return bytes
    }

    /// customer_ltv as `score` writes its rows: the same columns, formats and CSV encoding.
    static func expectedCSV(_ connection: Connection) throws -> String {
        var writer = CSVWriter()
        writer.record(ScoresCSV.header)
        let rows = try connection.execute("""
            SELECT merchant_id, user_key, email_sha256, as_of::text, recency_days::text, frequency::text, monetary::text,
                   tenure_days::text, r_score::text, f_score::text, m_score::text, rfm_score::text, segment, predictive_ltv::text,
                   to_char(first_purchase_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
                     || CASE WHEN extract(microseconds FROM first_purchase_at)::bigint % 1000000 = 0 THEN ''
                             ELSE to_char(first_purchase_at AT TIME ZONE 'UTC', '.US') END || 'Z',
                   to_char(last_purchase_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
                     || CASE WHEN extract(microseconds FROM last_purchase_at)::bigint % 1000000 = 0 THEN ''
                             ELSE to_char(last_purchase_at AT TIME ZONE 'UTC', '.US') END || 'Z'
            FROM customer_ltv ORDER BY merchant_id, user_key
            """).rows
        for row in rows {
            writer.text(row[0]); writer.text(row[1]); writer.text(row[2])
            for value in row[3...11] { writer.number(value!) }
            writer.text(row[12])
            for value in row[13...15] { writer.number(value!) }
            writer.endRecord()
        }
        return String(decoding: writer.drain(), as: UTF8.self)
    }

    static func scoreInProcess(_ csv: [UInt8], asOf: String) throws -> (String, [CSVEventScoring.MerchantResult]) {
        let date = CivilDate(iso: asOf)!
        var scoring = CSVEventScoring(asOf: date)
        try csv.withUnsafeBytes { bytes in
            var start = 0
            while start < bytes.count {  // in odd-sized pieces, as a file read would split it
                let end = min(bytes.count, start + 4093)
                try scoring.consume(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
                start = end
            }
        }
        let results = try scoring.finish()
        var writer = CSVWriter()
        writer.record(ScoresCSV.header)
        for result in results {
            for score in result.scores { ScoresCSV.write(score, merchant: result.merchant, asOf: date, to: &writer) }
        }
        return (String(decoding: writer.drain(), as: UTF8.self), results)
    }

    @Test(arguments: ["2026-03-01", "2026-04-15"])
    func theCSVScoresEqualTheDatabaseRun(asOf: String) throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try database.load(.fixture("marketing"))
            let outcomes = try job.run(asOf)
            let (csv, results) = try Self.scoreInProcess(try Self.eventsCSV(job.connection), asOf: asOf)
            let expected = try Self.expectedCSV(job.connection)
            #expect(expected.components(separatedBy: "\r\n").count > 240)
            #expect(csv == expected)
            // and the same rows were skipped, for the same reasons
            #expect(results.map(\.merchant) == outcomes.map(\.merchant))
            for (result, outcome) in zip(results, outcomes) {
                // the database run counts rows after the cutoff without reading them
                var quality = result.quality
                quality.rowsRead -= quality.rowsAfterCutoff
                #expect(quality == outcome.quality, "\(result.merchant)")
            }
        }
    }

    /// The built binary, reading a file and writing one, prints a line per merchant.
    @Test func theCommandWritesTheSameFile() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try database.load(.fixture("marketing"))
            try job.run("2026-03-01")
            let directory = FileManager.default.temporaryDirectory.appending(path: "rfm-score-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let input = directory.appending(path: "purchases.csv"), output = directory.appending(path: "scores.csv")
            try Data(try Self.eventsCSV(job.connection)).write(to: input)
            let result = try BinaryRunner.run(["score", "--input", input.path, "--as-of", "2026-03-01", "--output", output.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try String(contentsOf: output, encoding: .utf8) == (try Self.expectedCSV(job.connection)))
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 5)
            #expect(lines[0].hasPrefix("merchant m-alpha · as of 2026-03-01 · customers scored "))
            #expect(lines[0].hasSuffix(" · 8 skipped (amount_not_a_number 1, conflicting_duplicate 4, malformed_currency 1, negative_amount 1, unknown_kind 1) · 1 repeated event ids ignored · 1 after the cutoff, ignored"))
            #expect(lines[1] == "merchant m-beta · as of 2026-03-01 · customers scored 4 · rows 5 read · none skipped")
            #expect(lines[2] == "merchant m-gamma · as of 2026-03-01 · customers scored 1 · rows 1 read · none skipped · 1 rows in currencies without a rate (CAD), counted at 1.0")
            #expect(lines[3] == "merchant m-shop · as of 2026-03-01 · customers scored 11 · rows 11 read · none skipped")
            #expect(lines[4] == "scores of 4 merchants written to \(output.path)")
        }
    }
}
