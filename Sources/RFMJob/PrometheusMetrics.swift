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

        public init(_ outcome: MerchantOutcome) {
            merchant = outcome.merchant
            succeeded = outcome.succeeded
            durationSeconds = Double(outcome.timings.total.milliseconds) / 1000
            customersScored = outcome.summary?.customersScored
            rowsRead = outcome.quality.rowsRead
            skipped = Dictionary(uniqueKeysWithValues: outcome.quality.skipped.map { ($0.key.rawValue, $0.value) })
            unknownCurrencyRows = outcome.quality.unknownCurrencyRows
        }

        public init(_ outcome: BackfillOutcome) {
            merchant = outcome.merchant
            succeeded = outcome.succeeded
            durationSeconds = Double(outcome.timings.total.milliseconds) / 1000
            customersScored = outcome.dates.last?.summary.customersScored
            rowsRead = outcome.quality.rowsRead
            skipped = Dictionary(uniqueKeysWithValues: outcome.quality.skipped.map { ($0.key.rawValue, $0.value) })
            unknownCurrencyRows = outcome.quality.unknownCurrencyRows
        }
    }

    public var command: String
    public var exitCode: Int32
    public var finishedAt: Date
    public var merchants: [Merchant]
    /// Each merchant's last successful run, from the ledger: also merchants this run did not touch.
    public var lastSuccess: [ByteKey: Double]

    public init(command: String, exitCode: Int32, finishedAt: Date, merchants: [Merchant], lastSuccess: [ByteKey: Double]) {
        self.command = command
        self.exitCode = exitCode
        self.finishedAt = finishedAt
        self.merchants = merchants
        self.lastSuccess = lastSuccess
    }

    /// Unix time of each merchant's last successful run, from `rfm_runs`.
    public static func lastSuccess(on connection: Connection) throws -> [ByteKey: Double] {
        let rows = try connection.execute("""
            SELECT merchant_id, extract(epoch FROM max(finished_at))::text FROM rfm_runs
            WHERE status = 'succeeded' GROUP BY merchant_id
            """).rows
        var result: [ByteKey: Double] = [:]
        for row in rows { if let merchant = row[0], let time = row[1].flatMap(Double.init) { result[ByteKey(merchant)] = time } }
        return result
    }

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
        metric("last_run_timestamp_seconds", "gauge", "When the last run of this command finished.",
               [(command, Self.number(finishedAt.timeIntervalSince1970))])
        metric("last_run_exit_code", "gauge", "Exit code of the last run of this command (0 = every merchant scored).",
               [(command, "\(exitCode)")])
        metric("last_success_timestamp_seconds", "gauge", "Unix time of each merchant's last successful run.",
               lastSuccess.sorted { $0.key < $1.key }.map { ([("merchant", $0.key.text)], Self.number($0.value)) })
        metric("merchant_success", "gauge", "1 if the merchant succeeded in the last run, else 0.",
               merchants.map { ([("merchant", $0.merchant)] + command, $0.succeeded ? "1" : "0") })
        metric("merchant_duration_seconds", "gauge", "Wall time of the merchant in the last run.",
               merchants.map { ([("merchant", $0.merchant)] + command, Self.number($0.durationSeconds)) })
        metric("customers_scored", "gauge", "Customers scored for the merchant in the last run.",
               merchants.compactMap { m in m.customersScored.map { ([("merchant", m.merchant)] + command, "\($0)") } })
        metric("rows_read", "gauge", "Purchase-event rows read for the merchant in the last run.",
               merchants.map { ([("merchant", $0.merchant)] + command, "\($0.rowsRead)") })
        metric("rows_skipped", "gauge", "Rows skipped as invalid in the last run, by reason.",
               merchants.flatMap { m in m.skipped.sorted { $0.key < $1.key }.map { ([("merchant", m.merchant), ("reason", $0.key)] + command, "\($0.value)") } })
        metric("unknown_currency_rows", "gauge", "Window rows in a currency without a rate (counted at 1.0).",
               merchants.map { ([("merchant", $0.merchant)] + command, "\($0.unknownCurrencyRows)") })
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
