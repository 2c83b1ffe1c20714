import Foundation
import Logging
import PostgresClient
import RFMJob

/// Writes `--metrics-file` at the end of a command, whatever its outcome. A file that cannot be
/// written changes nothing the job did, but cron's alerting would never see the night fail: the
/// problem is returned, and the command ends with it (exit 74, `OutputFailure`), unless it failed
/// for a weightier reason already.
struct MetricsWriter {
    let path: String?
    let conninfo: String?
    let logger: Logger

    /// "cannot write metrics file PATH: reason", or nil when written (or not asked for).
    func write(command: String, exitCode: Int32, merchants: [PrometheusMetrics.Merchant]) -> String? {
        guard let path else { return nil }
        // rfm_merchants knows every merchant's last success, also of merchants this run did not reach.
        let unscored = merchants.filter { !$0.succeeded && !$0.notAttempted }.prefix(PrometheusMetrics.namedFailures).map(\.merchant)
        let staleness = (try? PrometheusMetrics.staleness(unscored: unscored, on: Connection(conninfo: conninfo))) ?? .init()
        let metrics = PrometheusMetrics(
            command: command, exitCode: exitCode, finishedAt: Date(), merchants: merchants, staleness: staleness
        )
        do {
            try metrics.write(to: path)
            return nil
        } catch {
            let problem = JobFailure.classify(error).message
            logger.error("metrics file not written: \(problem)", metadata: ["metrics.path": "\(path)"])
            return problem
        }
    }
}
