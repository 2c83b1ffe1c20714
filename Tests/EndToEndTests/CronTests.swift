import Foundation
import Testing

/// cron/rfm-nightly.crontab, parsed the way cron reads it.
@Suite struct CronTests {
    static let crontab: String = {
        let url = TestPaths.repository.appending(path: "cron/rfm-nightly.crontab")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// Lines that are neither blank nor comments.
    static var entries: [String] {
        crontab.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    static var environment: [String: String] {
        var values: [String: String] = [:]
        for line in entries where !line.first!.isNumber && line.first != "*" && line.contains("=") {
            let parts = line.split(separator: "=", maxSplits: 1)
            values[String(parts[0])] = String(parts[1])
        }
        return values
    }

    static var jobs: [(schedule: [String], command: String)] {
        entries.filter { $0.first!.isNumber || $0.first == "*" }.map { line in
            let fields = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true).map(String.init)
            return (Array(fields.prefix(5)), fields.count > 5 ? fields[5] : "")
        }
    }

    @Test func runsAt0430UTC() {
        #expect(Self.environment["CRON_TZ"] == "UTC")
        #expect(Self.jobs.count == 1)
        #expect(Self.jobs.first?.schedule == ["30", "4", "*", "*", "*"])
    }

    @Test func commandUsesAbsolutePathsAndTheRunSubcommand() throws {
        let command = try #require(Self.jobs.first?.command)
        let words = command.split(separator: " ").map(String.init)
        #expect(words.first == "/usr/local/bin/rfm-nightly")
        #expect(words.dropFirst().first == "run")
        // every redirect target and the metrics file are absolute
        for word in words where word.hasPrefix(">") || word.hasPrefix("2>") {
            let target = word.drop { $0 == ">" || $0 == "2" }
            #expect(target.hasPrefix("/"), "\(word)")
        }
        let metrics = try #require(words.firstIndex(of: "--metrics-file"))
        #expect(words[metrics + 1].hasPrefix("/") && words[metrics + 1].hasSuffix(".prom"))
        #expect(words.contains("--retries"))
        #expect(Self.environment["PATH"]?.split(separator: ":").allSatisfy { $0.hasPrefix("/") } == true)
    }

    /// cron turns an unescaped % into a newline; a password must not sit in the crontab.
    @Test func holdsNoPercentSignAndNoSecret() {
        #expect(!Self.crontab.contains("%"))
        #expect(!Self.crontab.lowercased().contains("password="))
        #expect(!Self.crontab.contains("DATABASE_URL=postgres"))
        #expect(!Self.crontab.contains("--database-url"))
    }
}

extension CronTests {
    /// The crontab's own command line, run for real (dry run, metrics into a temporary directory)
    /// against a test database: its options pass the binary's parser and validation.
    @Test(.enabled(if: TestDatabase.isAvailable)) func theCommandRunsAsWritten() throws {
        let command = try #require(Self.jobs.first?.command)
        var arguments = Array(command.split(separator: " ").map(String.init).dropFirst().prefix { !$0.hasPrefix(">") && !$0.hasPrefix("2>") })
        let directory = FileManager.default.temporaryDirectory.appending(path: "rfm-cron-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let metrics = try #require(arguments.firstIndex(of: "--metrics-file"))
        arguments[metrics + 1] = directory.appending(path: "rfm_nightly.prom").path
        try TestDatabase.with { database in
            try database.load(.fixture("events"))
            let result = try BinaryRunner.run(arguments + ["--dry-run", "--as-of", "2026-03-01"], environment: ["DATABASE_URL": database.url])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasSuffix("3 of 3 merchants scored for 2026-03-01\n"))
            #expect(FileManager.default.fileExists(atPath: arguments[metrics + 1]))
        }
    }
}
