import Foundation
import Testing

/// cron/rfm-nightly.crontab, parsed the way cron reads it.
@Suite struct CronTests {
    static let crontab: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "cron/rfm-nightly.crontab")
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
        // every redirect target is absolute
        for word in words where word.hasPrefix(">") || word.hasPrefix("2>") {
            let target = word.drop { $0 == ">" || $0 == "2" }
            #expect(target.hasPrefix("/"), "\(word)")
        }
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
