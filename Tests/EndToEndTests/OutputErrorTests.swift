import Foundation
import Testing

/// Outputs that cannot be written, run as cron would: stdout on a full disk (/dev/full) and a
/// metrics file in a directory that is not there. The job's database results stay; the command
/// ends with 74 and one line saying what was not written and what was, never with 0.
@Suite(.enabled(if: TestDatabase.isAvailable)) struct OutputErrorTests {
    static let noSpace = "rfm-nightly: cannot write standard output: No space left on device"

    static func fullDisk() throws -> FileHandle { try #require(FileHandle(forWritingAtPath: "/dev/full")) }

    /// Every merchant's run of 2026-03-01 succeeded, and m-beta's four customers are current.
    static func expectResultsWritten(_ database: TestDatabase, _ context: String) throws {
        let connection = try database.connect()
        #expect(try connection.execute(
            "SELECT count(*) FROM rfm_runs WHERE as_of = '2026-03-01' AND status = 'succeeded'"
        ).scalar == "3", "\(context)")
        #expect(try connection.execute("SELECT count(*) FROM customer_ltv WHERE merchant_id = 'm-beta'").scalar == "4", "\(context)")
    }

    @Test func aRunWhoseSummaryHitsAFullDiskExits74WithItsResultsWritten() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            let result = try BinaryRunner.run(
                ["run", "--as-of", "2026-03-01", "--database-url", database.url], standardOutput: try Self.fullDisk()
            )
            #expect(result.status == 74)
            #expect(result.messages == ["\(Self.noSpace); the results were written to the database"])
            try Self.expectResultsWritten(database, "run")
        }
    }

    @Test func anUnwritableMetricsFileExits74WithTheResultsWritten() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            let result = try BinaryRunner.run(
                ["run", "--as-of", "2026-03-01", "--metrics-file", "/nonexistent-dir/x.prom", "--database-url", database.url]
            )
            #expect(result.status == 74)
            #expect(result.messages == [
                "rfm-nightly: cannot write metrics file /nonexistent-dir/x.prom: No such file or directory; the results were written to the database",
            ])
            #expect(result.stdout.hasSuffix("3 of 3 merchants scored for 2026-03-01\n"))
            try Self.expectResultsWritten(database, "metrics")

            // A path that is a directory: the file is written beside it, then cannot replace it.
            let directory = FileManager.default.temporaryDirectory.appending(path: "rfm-metrics-\(UUID().uuidString).prom")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let again = try BinaryRunner.run(["run", "--as-of", "2026-03-01", "--metrics-file", directory.path, "--database-url", database.url])
            #expect(again.status == 74)
            #expect(again.messages == [
                "rfm-nightly: cannot write metrics file \(directory.path): Is a directory; the results were written to the database",
            ])
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.deletingLastPathComponent().path)
                .filter { $0.hasPrefix(".\(directory.lastPathComponent)") }.isEmpty)  // no temporary left
        }
    }

    /// A merchant's failure is the more important news: its code stays, the output line follows it.
    @Test func aFailedMerchantKeepsItsExitCodeAndTheOutputLineFollows() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            let result = try BinaryRunner.run(
                ["run", "--as-of", "2026-03-01", "--strict", "--metrics-file", "/nonexistent-dir/x.prom", "--database-url", database.url],
                standardOutput: try Self.fullDisk()
            )
            #expect(result.status == 65)
            #expect(result.messages.count == 2)
            #expect(result.messages.first?.hasPrefix("rfm-nightly: --strict: 8 data-quality warnings") == true)
            #expect(result.messages.last == "\(Self.noSpace); cannot write metrics file /nonexistent-dir/x.prom: No such file or directory; "
                + "the results of 1 of 3 merchants were written to the database")
            // m-beta has no warnings: written
            #expect(try database.connect().execute("SELECT count(*) FROM customer_ltv WHERE merchant_id = 'm-beta'").scalar == "4")
        }
    }

    /// Commands that only read and print: 74 and the one line, wherever the printing happens.
    @Test func everyCommandThatPrintsExits74OnAFullDisk() throws {
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            let run = try BinaryRunner.run(["run", "--as-of", "2026-03-01", "--database-url", database.url])
            #expect(run.status == 0)
            let directory = FileManager.default.temporaryDirectory.appending(path: "rfm-full-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let events = directory.appending(path: "events.csv")
            try "merchant_id,event_id,user_key,email,occurred_at,amount,currency,kind\nm,e1,u,,2026-01-01,1.00,USD,purchase\n"
                .write(to: events, atomically: true, encoding: .utf8)
            for arguments in [
                ["report"], ["runs"], ["fx", "list"], ["export", "--merchant", "m-beta"], ["customer", "p1", "--merchant", "m-beta"],
                ["changes", "--merchant", "m-beta", "--since", "2026-01-01"], ["prune", "--keep-days", "3000", "--dry-run"],
                ["migrate"], ["backfill", "--from", "2026-02-28", "--to", "2026-03-01", "--merchant", "m-beta", "--dry-run"],
            ] {
                let result = try BinaryRunner.run(arguments + ["--database-url", database.url], standardOutput: try Self.fullDisk())
                #expect(result.status == 74, "\(arguments): \(result.stderr)")
                let expected = arguments[0] == "backfill" ? "\(Self.noSpace); nothing was written to the database (dry run)" : Self.noSpace
                #expect(result.messages == [expected], "\(arguments)")
            }
            for arguments in [["score", "--input", events.path, "--as-of", "2026-03-01"], ["config", "check"], ["--help"]] {
                let result = try BinaryRunner.run(arguments, standardOutput: try Self.fullDisk())
                #expect(result.status == 74, "\(arguments): \(result.stderr)")
                #expect(result.messages == [Self.noSpace], "\(arguments)")
            }
        }
    }

    /// A command that changed the database says so.
    @Test func aRateSetWhileStdoutIsFullIsSetAndSaysSo() throws {
        try TestDatabase.with { database in
            let result = try BinaryRunner.run(["fx", "set", "EUR", "0.95", "--database-url", database.url], standardOutput: try Self.fullDisk())
            #expect(result.status == 74)
            #expect(result.messages == ["\(Self.noSpace); the rate was set"])
            #expect(try database.connect().execute("SELECT usd_rate::text FROM fx_rates WHERE currency = 'EUR'").scalar == "0.950000")
        }
    }

    /// Piped to `head`, which stops reading: SIGPIPE ends the command quietly, as it ends `cat`.
    @Test func aClosedPipeEndsTheCommandQuietly() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "rfm-pipe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let events = directory.appending(path: "events.csv")
        // 5,000 customers: about 900 KB of scores, far more than a pipe holds.
        let rows = (1...5000).map { "m,e\($0),customer-\($0),,2026-01-01,1.00,USD,purchase\n" }.joined()
        try ("merchant_id,event_id,user_key,email,occurred_at,amount,currency,kind\n" + rows).write(to: events, atomically: true, encoding: .utf8)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", #""$0" score --input "$1" --as-of 2026-03-01 2>"$2" | head -c 100 >/dev/null; echo "${PIPESTATUS[0]}""#,
                           BinaryRunner.binaryPath, events.path, directory.appending(path: "stderr").path]
        let output = Pipe()
        shell.standardOutput = output
        try shell.run()
        let status = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(status == "141\n")  // 128 + SIGPIPE
        #expect(try String(contentsOf: directory.appending(path: "stderr"), encoding: .utf8) == "")
    }
}
