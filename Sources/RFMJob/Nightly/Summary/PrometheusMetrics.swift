import Foundation
import PostgresClient
import RFMCore

/// Prometheus text-format metrics for node_exporter's textfile collector (`--metrics-file`),
/// replaced atomically so the collector never reads half a file.
public struct PrometheusMetrics {
    /// One merchant's figures from this run.
    public struct Merchant: Sendable {
        public var merchant: String
        public var succeeded: Bool
        public var durationSeconds: Double
        public var customersScored: Int?
        public var rowsRead: Int
        public var skipped: [String: Int]
        public var unknownCurrencyRows: Int
        /// Not attempted: the run stopped before it (the database went away).
        public var notAttempted: Bool
        /// `--share`: another process scored it; counted apart, so that a sum over hosts counts
        /// each merchant once.
        public var scoredElsewhere = false

        public init(_ outcome: MerchantOutcome) {
            merchant = outcome.merchant
            succeeded = outcome.succeeded
            durationSeconds = Double(outcome.timings.total.milliseconds) / 1000
            customersScored = outcome.summary?.customersScored
            rowsRead = outcome.quality.rowsRead
            skipped = Dictionary(uniqueKeysWithValues: outcome.quality.skipped.map { ($0.key.rawValue, $0.value) })
            unknownCurrencyRows = outcome.quality.unknownCurrencyRows
            notAttempted = outcome.failure?.isNotAttempted == true
            scoredElsewhere = outcome.scoredElsewhere != nil
            if scoredElsewhere { durationSeconds = 0 }  // its batch's time, spent on the others
        }

        public init(_ outcome: BackfillOutcome) {
            merchant = outcome.merchant
            succeeded = outcome.succeeded
            durationSeconds = Double(outcome.timings.total.milliseconds) / 1000
            customersScored = outcome.dates.last?.summary.customersScored
            rowsRead = outcome.quality.rowsRead
            skipped = Dictionary(uniqueKeysWithValues: outcome.quality.skipped.map { ($0.key.rawValue, $0.value) })
            unknownCurrencyRows = outcome.quality.unknownCurrencyRows
            notAttempted = outcome.failure?.isNotAttempted == true
        }
    }

    public var command: String
    public var exitCode: Int32
    public var finishedAt: Date
    public var merchants: [Merchant]
    /// The fleet's staleness, from `rfm_merchants`: also merchants this run did not touch.
    public var staleness: Staleness

    /// The oldest last success among every merchant that has succeeded once, and how many have
    /// not succeeded in the last 26 hours (a missed night).
    public struct Staleness: Sendable {
        public var oldestSuccess: Double?
        public var staleMerchants: Int
        /// Last success of the merchants this run did not score (failed or not reached).
        public var unscored: [ByteKey: Double]

        public init(oldestSuccess: Double? = nil, staleMerchants: Int = 0, unscored: [ByteKey: Double] = [:]) {
            self.oldestSuccess = oldestSuccess
            self.staleMerchants = staleMerchants
            self.unscored = unscored
        }
    }

    public init(command: String, exitCode: Int32, finishedAt: Date, merchants: [Merchant], staleness: Staleness) {
        self.command = command
        self.exitCode = exitCode
        self.finishedAt = finishedAt
        self.merchants = merchants
        self.staleness = staleness
    }

    /// The fleet's staleness; `unscored` are the merchants whose last success to name.
    public static func staleness(unscored: [String], on connection: Connection) throws -> Staleness {
        let fleet = try connection.execute("""
            SELECT extract(epoch FROM min(last_success_at))::text,
                   count(*) FILTER (WHERE last_success_at < now() - interval '26 hours')::text
            FROM rfm_merchants
            """)
        var staleness = Staleness(oldestSuccess: fleet.value(0, 0).flatMap(Double.init), staleMerchants: Int(fleet.value(0, 1) ?? "0") ?? 0)
        if !unscored.isEmpty {
            for row in try connection.execute(
                "SELECT merchant_id, extract(epoch FROM last_success_at)::text FROM rfm_merchants WHERE merchant_id = ANY($1::text[])",
                [PostgresArray.text(unscored)]
            ).rows {
                if let merchant = row[0], let time = row[1].flatMap(Double.init) { staleness.unscored[ByteKey(merchant)] = time }
            }
        }
        return staleness
    }

    /// Failed merchants given series of their own, at most.
    public static let namedFailures = 1000

    /// Series whose number does not grow with the fleet (issue 19): totals for the run, the
    /// fleet's staleness, and one series per merchant only for those this run did not score.
    public func render() -> String {
        var lines: [String] = []
        func metric(_ name: String, _ type: String, _ help: String, _ samples: [(labels: [(String, String)], value: String)]) {
            guard !samples.isEmpty else { return }
            lines.append("# HELP rfm_nightly_\(name) \(help)")
            lines.append("# TYPE rfm_nightly_\(name) \(type)")
            for sample in samples {
                let labels = sample.labels.map { "\($0.0)=\"\(Self.escape($0.1))\"" }.joined(separator: ",")
                lines.append("rfm_nightly_\(name)\(labels.isEmpty ? "" : "{\(labels)}") \(sample.value)")
            }
        }
        let command = [("command", self.command)]
        let scored = merchants.filter { $0.succeeded && !$0.scoredElsewhere }
        let unscored = merchants.filter { !$0.succeeded }
        // Named: failed merchants, up to a bound (not reached ones are only counted), so a night
        // the database went away does not write 100,000 series.
        let named = Array(unscored.filter { !$0.notAttempted }.prefix(Self.namedFailures))
        metric("last_run_timestamp_seconds", "gauge", "When the last run of this command finished.",
               [(command, Self.number(finishedAt.timeIntervalSince1970))])
        metric("last_run_exit_code", "gauge", "Exit code of the last run of this command (0 = every merchant scored).",
               [(command, "\(exitCode)")])
        metric("merchants", "gauge", "Merchants of the last run, by outcome.", [
            ([("outcome", "succeeded")] + command, "\(scored.count)"),
            ([("outcome", "scored_elsewhere")] + command, "\(merchants.filter(\.scoredElsewhere).count)"),
            ([("outcome", "failed")] + command, "\(unscored.filter { !$0.notAttempted }.count)"),
            ([("outcome", "not_attempted")] + command, "\(unscored.filter(\.notAttempted).count)"),
        ])
        metric("customers_scored", "gauge", "Customers scored in the last run (a backfill: on its newest date).",
               [(command, "\(scored.reduce(0) { $0 + ($1.customersScored ?? 0) })")])
        metric("rows_read", "gauge", "Purchase-event rows read in the last run.", [(command, "\(merchants.reduce(0) { $0 + $1.rowsRead })")])
        var skipped: [String: Int] = [:]
        for merchant in merchants { for (reason, count) in merchant.skipped { skipped[reason, default: 0] += count } }
        metric("rows_skipped", "gauge", "Rows skipped as invalid in the last run, by reason.",
               skipped.sorted { $0.key < $1.key }.map { ([("reason", $0.key)] + command, "\($0.value)") })
        metric("unknown_currency_rows", "gauge", "Window rows in a currency without a rate (counted at 1.0) in the last run.",
               [(command, "\(merchants.reduce(0) { $0 + $1.unknownCurrencyRows })")])
        metric("duration_seconds", "gauge", "Wall time of the merchants of the last run, summed.",
               [(command, Self.number(merchants.reduce(0) { $0 + $1.durationSeconds }))])
        metric("oldest_success_timestamp_seconds", "gauge",
               "The oldest last success among all merchants: alert on time() minus this (a merchant stuck for a day).",
               staleness.oldestSuccess.map { [([], Self.number($0))] } ?? [])
        metric("stale_merchants", "gauge", "Merchants whose last success is more than 26 hours old.", [([], "\(staleness.staleMerchants)")])
        metric("merchant_failed", "gauge", "1 for each merchant that failed in the last run (at most 1,000; not attempted ones are counted in rfm_nightly_merchants).",
               named.map { ([("merchant", $0.merchant)] + command, "1") })
        metric("last_success_timestamp_seconds", "gauge", "Unix time of the last successful run of each merchant the last run did not score.",
               staleness.unscored.sorted { $0.key < $1.key }.map { ([("merchant", $0.key.text)], Self.number($0.value)) })
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes to a temporary file beside `path`, then renames it over `path` (atomic on one filesystem).
    /// Fails with the system's reason ("No such file or directory"), which the command prints.
    public func write(to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appending(path: ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        func failure(_ code: Int32) -> JobFailure {
            JobFailure(.configuration, "cannot write metrics file \(path): \(String(cString: strerror(code)))")
        }
        guard let file = fopen(temporary.path, "w") else { throw failure(errno) }
        let bytes = Array(render().utf8)
        let complete = fwrite(bytes, 1, bytes.count, file) == bytes.count
        let code = errno
        // fclose flushes: a full disk shows here.
        guard fclose(file) == 0, complete, rename(temporary.path, url.path) == 0 else {
            let reason = complete ? errno : code
            unlink(temporary.path)
            throw failure(reason)
        }
    }

    static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(format: "%.3f", value)
    }
}
