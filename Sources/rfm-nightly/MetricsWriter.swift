import Foundation
import Logging
import PostgresClient
import RFMJob

/// Writes `--metrics-file` at the end of a command, whatever its outcome. A metrics problem is
/// logged, never allowed to change the command's exit code.
struct MetricsWriter {
    let path: String?
    let conninfo: String?
    let logger: Logger

    func write(command: String, exitCode: Int32, merchants: [PrometheusMetrics.Merchant]) {
        guard let path else { return }
        // The ledger knows each merchant's last success, also for merchants this run did not reach.
        let lastSuccess = (try? PrometheusMetrics.lastSuccess(on: Connection(conninfo: conninfo))) ?? [:]
        let metrics = PrometheusMetrics(
            command: command, exitCode: exitCode, finishedAt: Date(), merchants: merchants, lastSuccess: lastSuccess
        )
        do {
            try metrics.write(to: path)
        } catch {
            logger.error("metrics file not written: \(JobFailure.classify(error).message)", metadata: ["metrics.path": "\(path)"])
        }
    }
}
