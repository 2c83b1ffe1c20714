import RFMCore
import Testing
@testable import RFMJob

/// `rfm-nightly export`: exact CSV, the playbook's filters with their inclusive bounds, and cells
/// a spreadsheet must not run.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct ExportTests {
    static func export(
        _ job: JobHarness, _ merchant: String, _ filter: CustomerExport.Filter = .init(), formulaGuard: Bool = true
    ) throws -> String {
        var bytes: [UInt8] = []
        _ = try CustomerExport(connection: job.connection).export(merchant: merchant, filter: filter, formulaGuard: formulaGuard) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let header = "user_key,email_sha256,segment,rfm_score,predictive_ltv\r\n"

    /// m-beta on 2026-03-01 (ranked by hand in FixtureTests): 82/82/81 champions, 71 loyal.
    @Test func theCurrentStateAsCSV() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01")
            #expect(try Self.export(job, "m-beta") == Self.header + """
                p1,,champion,82,11.05\r
                p2,,champion,82,11.05\r
                p3,,champion,81,37.94\r
                p4,,loyal,71,58.95\r

                """)
        }
    }

    /// "Minimum" includes the bound: a score of exactly 71 and an LTV of exactly $58.95 stay in.
    @Test func minimumsAreInclusive() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01")
            #expect(try Self.export(job, "m-beta", .init(minimumScore: 71)).components(separatedBy: "\r\n").count == 6)
            #expect(try Self.export(job, "m-beta", .init(minimumScore: 72)) == Self.header + "p1,,champion,82,11.05\r\np2,,champion,82,11.05\r\np3,,champion,81,37.94\r\n")
            #expect(try Self.export(job, "m-beta", .init(minimumLTVCents: 5895)) == Self.header + "p4,,loyal,71,58.95\r\n")
            #expect(try Self.export(job, "m-beta", .init(minimumLTVCents: 5896)) == Self.header)
            #expect(try Self.export(job, "m-beta", .init(segments: ["loyal", "at_risk"])) == Self.header + "p4,,loyal,71,58.95\r\n")
            #expect(try Self.export(job, "m-beta", .init(segments: ["champion"], minimumScore: 82, minimumLTVCents: 1105))
                == Self.header + "p1,,champion,82,11.05\r\np2,,champion,82,11.05\r\n")
        }
    }

    /// The seed's playbook: at_risk, score ≥ 35, LTV ≥ $180, checked against the same filter in SQL.
    @Test func thePlaybookFilterMatchesSQL() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01")
            let expected = try job.connection.execute("""
                SELECT user_key || ',' || coalesce(email_sha256, '') || ',' || segment || ',' || rfm_score || ',' || predictive_ltv
                FROM customer_ltv WHERE merchant_id = 'm-alpha' AND segment = 'at_risk' AND rfm_score >= 35 AND predictive_ltv >= 180
                ORDER BY user_key
                """).rows.map { $0[0]! + "\r\n" }
            #expect(expected.count >= 3)
            let csv = try Self.export(job, "m-alpha", .init(segments: ["at_risk"], minimumScore: 35, minimumLTVCents: 18000))
            #expect(csv == Self.header + expected.joined())
        }
    }

    /// m-shop's keys, written by hand as RFC 4180 and the formula guard want them, in byte order.
    @Test func formulasAreDefusedAndEverythingIsQuotedRight() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try database.load(.fixture("marketing"))
            try job.run("2026-03-01", merchants: ["m-shop"])
            let rest = try job.connection.execute("""
                SELECT user_key, coalesce(email_sha256, '') || ',' || segment || ',' || rfm_score || ',' || predictive_ltv
                FROM customer_ltv WHERE merchant_id = 'm-shop'
                """).rows.reduce(into: [String: String]()) { $0[$1[0]!] = $1[1]! }
            #expect(rest.count == 11)
            let cells: [(key: String, guarded: String, raw: String)] = [
                ("\tindented", "'\tindented", "\tindented"),
                ("\rreturn", "\"'\rreturn\"", "\"\rreturn\""),
                ("+4477001122", "'+4477001122", "+4477001122"),
                ("-42", "'-42", "-42"),
                ("=HYPERLINK(\"http://evil.example\",\"x\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"",
                 "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""),
                ("@SUM(A1:A9)", "'@SUM(A1:A9)", "@SUM(A1:A9)"),
                ("comma, inc.", "\"comma, inc.\"", "\"comma, inc.\""),
                ("plain", "plain", "plain"),
                ("say \"hi\"", "\"say \"\"hi\"\"\"", "\"say \"\"hi\"\"\""),
                ("two\nlines", "\"two\nlines\"", "\"two\nlines\""),
                ("zoë", "zoë", "zoë"),
            ]
            let guarded = try Self.export(job, "m-shop")
            #expect(guarded == Self.header + cells.map { "\($0.guarded),\(rest[$0.key]!)\r\n" }.joined())
            let raw = try Self.export(job, "m-shop", formulaGuard: false)
            #expect(raw == Self.header + cells.map { "\($0.raw),\(rest[$0.key]!)\r\n" }.joined())
            // The unguarded file reads back to exactly the stored keys.
            let keys = try CSVTestReader.records(raw).dropFirst().map { $0[0]! }
            #expect(keys == cells.map(\.key))
        }
    }

    @Test func anUnknownSegmentOrMerchantIsRefused() throws {
        try TestDatabase.with { database in
            let job = try JobHarness(database)
            try job.run("2026-03-01")
            let segment = try #require(throws: JobFailure.self) { try Self.export(job, "m-beta", .init(segments: ["at-risk"])) }
            #expect(segment.category == .usage)
            #expect(segment.message == "unknown segment \"at-risk\" for merchant \"m-beta\" (its segments: champion, loyal, at_risk, lost, new)")
            let merchant = try #require(throws: JobFailure.self) { try Self.export(job, "m-nope") }
            #expect(merchant.category == .missingInput)
        }
    }
}

/// Reads CSV text with the project's reader, for round-trip checks.
enum CSVTestReader {
    static func records(_ text: String) throws -> [[String?]] {
        var reader = CSVReader()
        var records: [[String?]] = []
        try Array(text.utf8).withUnsafeBytes { try reader.consume($0) { records.append($0.texts) } }
        try reader.finish { records.append($0.texts) }
        return records
    }
}
