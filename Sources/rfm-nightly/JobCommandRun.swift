import ArgumentParser
import Logging
import RFMJob

/// The end of `run` and `backfill` alike: print each merchant's summary as it finishes, then one
/// closing line, write the metrics file whatever happened, and exit with the first failure's code.
struct JobCommandRun<Outcome> {
    let command: String
    let metrics: MetricsWriter
    let failure: (Outcome) -> JobFailure?
    let metricsRow: (Outcome) -> PrometheusMetrics.Merchant

    /// `body` runs the job, calling its `report` argument as each merchant finishes.
    func perform(
        _ body: (_ report: @escaping @Sendable (String) -> Void) throws -> [Outcome], closingLine: ([Outcome]) -> String
    ) throws {
        MemoryUse.returnLargeBlocksWhenFreed()
        let outcomes: [Outcome]
        do {
            outcomes = try body { summary in
                ProgressLine.clear()
                FileHandleOutput.standardOutput.write(summary + "\n")
            }
        } catch {
            let failure = JobFailure.classify(error)
            metrics.write(command: command, exitCode: ExitStatus.code(for: failure.category), merchants: [])
            throw ExitStatus.exit(with: failure)
        }
        say(closingLine(outcomes))
        let first = outcomes.lazy.compactMap(failure).first
        metrics.write(command: command, exitCode: first.map { ExitStatus.code(for: $0.category) } ?? 0, merchants: outcomes.map(metricsRow))
        if let first { throw ExitStatus.exit(with: first) }
    }
}
