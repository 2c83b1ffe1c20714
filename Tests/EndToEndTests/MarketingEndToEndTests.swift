import Foundation
import Testing

/// report, export, customer, changes and score as a marketer or a script runs them: the built
/// binary, its stdout, its one-line errors and its exit codes.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct MarketingEndToEndTests {
    /// m-beta scored on three dates (ReportTests works its numbers out by hand).
    static func withScoredDatabase(_ body: (TestDatabase) throws -> Void) throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            for date in ["2026-01-30", "2026-03-01", "2026-04-15"] {
                let run = try BinaryRunner.run(["run", "--as-of", date, "--database-url", database.url])
                #expect(run.status == 0, "\(run.stderr)")
            }
            try body(database)
        }
    }

    static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appending(path: "rfm-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func reportInEveryFormat() throws {
        try Self.withScoredDatabase { database in
            let text = try BinaryRunner.run(["report", "--merchant", "m-beta", "--as-of", "2026-03-01", "--database-url", database.url])
            #expect(text.status == 0, "\(text.stderr)")
            #expect(text.stdout.hasPrefix("""
                merchant m-beta · as of 2026-03-01 · scheme tracklayer
                  customers scored    4
                  champion %          75.0% (3)
                  at-risk count       0
                  avg predictive LTV  $29.75
                  LTV trend (30d)     +$23.60 (+14.3%) · Σ monetary $188.80 against $165.20 on 2026-01-30

                """))
            let all = try BinaryRunner.run(["report", "--database-url", database.url])
            #expect(all.stdout.components(separatedBy: "\nmerchant ").count == 3)  // m-alpha, m-beta, m-gamma

            let json = try BinaryRunner.run(["report", "--merchant", "m-beta", "--format", "json", "--database-url", database.url])
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let report = try #require((object?["reports"] as? [[String: Any]])?.first)
            #expect(report["as_of"] as? String == "2026-04-15")

            let directory = try Self.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = directory.appending(path: "report.html")
            let html = try BinaryRunner.run(["report", "--merchant", "m-beta", "--format", "html", "--output", file.path, "--database-url", database.url])
            #expect(html.status == 0)
            #expect(html.stdout == "report (html, 1 merchant) written to \(file.path)\n")
            #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.html"])  // no temporary left
        }
    }

    @Test func exportToStdoutAndToAFile() throws {
        try Self.withScoredDatabase { database in
            let stdout = try BinaryRunner.run(["export", "--merchant", "m-beta", "--database-url", database.url])
            #expect(stdout.status == 0)
            #expect(stdout.stdout == "user_key,email_sha256,segment,rfm_score,predictive_ltv\r\np1,,champion,87,10.15\r\np2,,champion,87,10.15\r\np3,,loyal,79,34.85\r\n")

            let directory = try Self.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = directory.appending(path: "at-risk.csv")
            let toFile = try BinaryRunner.run([
                "export", "--merchant", "m-beta", "--segment", "loyal", "--segment", "at_risk", "--min-score", "35", "--min-ltv", "30",
                "--output", file.path, "--database-url", database.url,
            ])
            #expect(toFile.status == 0)
            #expect(toFile.stdout == "exported 1 customers of m-beta as of 2026-04-15 (segment loyal or at_risk, rfm_score ≥ 35, predictive_ltv ≥ 30.00) to \(file.path)\n")
            #expect(try String(contentsOf: file, encoding: .utf8) == "user_key,email_sha256,segment,rfm_score,predictive_ltv\r\np3,,loyal,79,34.85\r\n")
        }
    }

    @Test func customerAndChanges() throws {
        try Self.withScoredDatabase { database in
            let customer = try BinaryRunner.run(["customer", "p3", "--merchant", "m-beta", "--database-url", database.url])
            #expect(customer.status == 0)
            #expect(customer.stdout.hasPrefix("customer p3 · merchant m-beta · as of 2026-04-15\n  rfm score           79 · loyal · R2 F5 M5\n"))

            let changes = try BinaryRunner.run(["changes", "--merchant", "m-beta", "--since", "2026-01-01", "--database-url", database.url])
            #expect(changes.status == 0)
            #expect(changes.stdout == """
                as_of       user_key                 change
                2026-03-01  p1                       entered champion (newly scored)
                2026-03-01  p2                       entered champion (newly scored)
                2026-04-15  p3                       champion → loyal
                2026-04-15  p4                       left loyal (no longer scored)
                4 changes for merchant m-beta since 2026-01-01

                """)
            let csv = try BinaryRunner.run(["changes", "--merchant", "m-beta", "--since", "2026-04-15", "--format", "csv", "--database-url", database.url])
            #expect(csv.stdout == """
                as_of,user_key,email_sha256,from_segment,to_segment,previous_as_of\r
                2026-04-15,p3,,champion,loyal,2026-03-01\r
                2026-04-15,p4,,loyal,,2026-03-01\r

                """)
            let entered = try BinaryRunner.run([
                "changes", "--merchant", "m-beta", "--since", "2026-01-01", "--to-segment", "champion", "--format", "jsonl", "--database-url", database.url,
            ])
            #expect(entered.stdout == """
                {"as_of":"2026-03-01","user_key":"p1","email_sha256":null,"from_segment":null,"to_segment":"champion","previous_as_of":"2026-01-30"}
                {"as_of":"2026-03-01","user_key":"p2","email_sha256":null,"from_segment":null,"to_segment":"champion","previous_as_of":"2026-01-30"}

                """)
        }
    }

    @Test(arguments: [
        (["export", "--merchant", "m-beta", "--min-ltv", "12.345"], "--min-ltv must be an amount in dollars with at most two decimals"),
        (["export", "--merchant", "m-beta", "--min-score", "101"], "--min-score must be between 0 and 100"),
        (["export", "--merchant", "m-beta", "--segment", "at-risk"], "rfm-nightly: unknown segment \"at-risk\" for merchant \"m-beta\""),
        (["changes", "--merchant", "m-beta", "--since", "2026-01-01", "--to-segment", "champions"], "unknown segment \"champions\""),
        (["changes", "--merchant", "m-beta"], "--since"),
        (["report", "--format", "pdf"], "pdf"),
        (["customer", "p3", "--merchant", "m-beta", "--days", "0"], "--days must be at least 1"),
        (["score", "--input", "x.csv", "--rate", "CAD=abc"], "--rate must look like CAD=0.74"),
    ])
    func aBadOptionExits64(arguments: [String], mentioned: String) throws {
        try Self.withScoredDatabase { database in
            let result = try BinaryRunner.run(arguments + (arguments[0] == "score" ? [] : ["--database-url", database.url]))
            #expect(result.status == 64, "\(result.stderr)")
            #expect(result.stderr.contains(mentioned), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func unknownMerchantsCustomersAndDatesExit66() throws {
        try Self.withScoredDatabase { database in
            for arguments in [
                ["report", "--merchant", "m-nope"], ["export", "--merchant", "m-nope"],
                ["customer", "p1", "--merchant", "m-nope"], ["changes", "--merchant", "m-nope", "--since", "2026-01-01"],
            ] {
                let result = try BinaryRunner.run(arguments + ["--database-url", database.url])
                #expect(result.status == 66, "\(arguments)")
                #expect(result.messages == ["rfm-nightly: merchant \"m-nope\" has no scores (merchants with scores: m-alpha, m-beta, m-gamma)"])
                #expect(result.stdout.isEmpty)
            }
            let customer = try BinaryRunner.run(["customer", "nobody", "--merchant", "m-beta", "--database-url", database.url])
            #expect(customer.status == 66)
            #expect(customer.messages.first?.hasPrefix("rfm-nightly: customer \"nobody\" of merchant \"m-beta\" has no score") == true)
            let date = try BinaryRunner.run(["report", "--merchant", "m-beta", "--as-of", "2026-02-14", "--database-url", database.url])
            #expect(date.status == 66)
        }
    }

    @Test func anUnmigratedDatabaseExits78() throws {
        try TestDatabase.with(migrated: false) { database in
            for arguments in [["report"], ["export", "--merchant", "m"], ["customer", "u", "--merchant", "m"], ["changes", "--merchant", "m", "--since", "2026-01-01"]] {
                let result = try BinaryRunner.run(arguments + ["--database-url", database.url])
                #expect(result.status == 78, "\(arguments)")
                #expect(result.messages.first?.contains("run `rfm-nightly migrate` first") == true)
            }
        }
    }

    @Test func anOutputThatCannotBeWrittenExits74() throws {
        try Self.withScoredDatabase { database in
            let result = try BinaryRunner.run(["export", "--merchant", "m-beta", "--output", "/nonexistent-dir/x.csv", "--database-url", database.url])
            #expect(result.status == 74)
            #expect(result.messages == ["rfm-nightly: cannot write /nonexistent-dir/x.csv: No such file or directory"])
        }
    }

    @Test func scoreRefusesAMissingFileAMissingColumnAndBrokenCSV() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = try BinaryRunner.run(["score", "--input", directory.appending(path: "nope.csv").path, "--as-of", "2026-03-01"])
        #expect(missing.status == 66)
        #expect(missing.messages == ["rfm-nightly: cannot open \(directory.appending(path: "nope.csv").path): No such file or directory"])

        let noKind = directory.appending(path: "no-kind.csv")
        try "merchant_id,event_id,user_key,email,occurred_at,amount,currency\nm,e,u,,2026-01-01,1.00,USD\n".write(to: noKind, atomically: true, encoding: .utf8)
        let column = try BinaryRunner.run(["score", "--input", noKind.path, "--as-of", "2026-03-01"])
        #expect(column.status == 66)
        #expect(column.messages.first?.hasPrefix("rfm-nightly: the CSV header has no column kind") == true)

        let broken = directory.appending(path: "broken.csv")
        try "merchant_id,event_id,user_key,email,occurred_at,amount,currency,kind\nm,e,\"u,,2026-01-01,1.00,USD,purchase\n".write(to: broken, atomically: true, encoding: .utf8)
        let malformed = try BinaryRunner.run(["score", "--input", broken.path, "--as-of", "2026-03-01"])
        #expect(malformed.status == 65)
        #expect(malformed.messages == ["rfm-nightly: malformed CSV at line 2: a quoted field is not closed before the end of the file"])

        // stdin in, stdout out, with a rate for CAD
        let good = directory.appending(path: "good.csv")
        try "merchant_id,event_id,user_key,email,occurred_at,amount,currency,kind\nm,e1,u,,2026-01-01,100.00,CAD,purchase\n".write(to: good, atomically: true, encoding: .utf8)
        let scored = try BinaryRunner.run(["score", "--input", good.path, "--as-of", "2026-03-01", "--rate", "CAD=0.74"])
        #expect(scored.status == 0)
        // one customer: R5 F5 M5 = 100; 74.00 × 0.95^(59/30) × (5640 − 59)/6000
        #expect(scored.stdout.hasSuffix("\r\nm,u,,2026-03-01,59,1,74.00,59,5,5,5,100,champion,\(Self.ltv7400),2026-01-01T00:00:00Z,2026-01-01T00:00:00Z\r\n"))
    }

    /// 74.00 × 0.95^(59/30) × 5581/6000, by SPEC §5 with Python's decimal module.
    static let ltv7400 = "62.23"

    /// A million customers export through a fixed-size buffer: the process's peak memory is the
    /// same as for a thousand (both logged by the command itself).
    @Test func aMillionRowsExportInConstantMemory() throws {
        try TestDatabase.with { database in
            let connection = try database.connect()
            try connection.executeScript("""
                INSERT INTO rfm_runs (merchant_id, as_of, mode, source, settings, status, wrote_history, wrote_current, segment_counts)
                VALUES ('big', '2026-03-01', 'run', 'purchase_events', '{"scheme": "tracklayer"}', 'succeeded', true, true, '{}'),
                       ('small', '2026-03-01', 'run', 'purchase_events', '{"scheme": "tracklayer"}', 'succeeded', true, true, '{}');
                SELECT rfm_ensure_current_partition('big'), rfm_ensure_current_partition('small');
                INSERT INTO customer_ltv
                SELECT m.merchant_id, format('customer-%s', lpad(i::text, 7, '0')), md5(i::text) || md5(i::text), '2026-03-01',
                       1 + i % 365, 1 + i % 9, (i % 100000) / 100.0, 400, 1 + i % 5, 1 + i % 5, 1 + i % 5, 20 + i % 81,
                       (ARRAY['champion', 'loyal', 'at_risk', 'lost', 'new'])[1 + i % 5], (i % 50000) / 100.0,
                       '2025-01-01', '2026-02-01', now(), 1
                FROM (VALUES ('big', 1000000), ('small', 1000)) AS m (merchant_id, customers), generate_series(1, m.customers) AS i;
                """)
            let directory = try Self.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            func export(_ merchant: String) throws -> (lines: Int, maxRSSKilobytes: Int) {
                let file = directory.appending(path: "\(merchant).csv")
                let result = try BinaryRunner.run(["export", "--merchant", merchant, "--output", file.path, "--database-url", database.url])
                #expect(result.status == 0, "\(result.stderr)")
                let log = result.stderr.split(separator: "\n").first { $0.contains("\"export done\"") }.map(String.init) ?? ""
                let object = try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [String: String]
                let handle = try FileHandle(forReadingFrom: file)
                defer { try? handle.close() }
                var lines = 0
                while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { lines += chunk.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } }
                return (lines, Int(object?["memory.max_rss_kb"] ?? "") ?? -1)
            }
            let small = try export("small"), big = try export("big")
            #expect(small.lines == 1001)
            #expect(big.lines == 1_000_001)
            #expect(small.maxRSSKilobytes > 0)
            #expect(big.maxRSSKilobytes - small.maxRSSKilobytes < 8 * 1024, "\(big.maxRSSKilobytes) KiB for 1M rows, \(small.maxRSSKilobytes) KiB for 1k")
        }
    }
}
