import ArgumentParser
import Logging
import RFMJob
import Synchronization

/// The end of `run` and `backfill` alike: the fleet's summary (or, with `--summary merchants`,
/// each merchant's as it finishes), then one closing line, write the metrics file whatever happened, and exit with the first failure's code.
/// The database results are committed by then and stay; if stdout or the metrics file could not
/// be written, one more line says so and what was written, and the exit code is 74 when no
/// merchant failed (a merchant's failure keeps its own code, which matters more).
struct JobCommandRun<Outcome> {
    let command: String
    let metrics: MetricsWriter
    let failure: (Outcome) -> JobFailure?
    let metricsRow: (Outcome) -> PrometheusMetrics.Merchant
    let dryRun: Bool
    let summary: SummaryMode
    /// A merchant's block (`--summary merchants`) and its part of the fleet's summary.
    let block: @Sendable (Outcome) -> String
    let entry: @Sendable (Outcome) -> FleetSummary.Entry

    /// `body` runs the job, calling its `report` argument as each merchant finishes.
    func perform(
        _ body: (_ report: @escaping @Sendable (Outcome) -> Void) throws -> [Outcome], closingLine: ([Outcome]) -> String
    ) throws {
        MemoryUse.returnLargeBlocksWhenFreed()
        let started = ContinuousClock.now
        let outcomes: [Outcome]
        let fleet = Mutex(FleetSummary())
        let summary = self.summary, block = self.block, entry = self.entry
        do {
            outcomes = try body { outcome in
                switch summary {
                case .merchants:
                    ProgressLine.clear()
                    FileHandleOutput.standardOutput.write(block(outcome) + "\n")
                case .fleet:
                    fleet.withLock { $0.add(entry(outcome)) }
                }
            }
        } catch {
            let failure = JobFailure.classify(error)
            let code = ExitStatus.code(for: failure.category)
            let problems = [StandardOutputStatus.takeProblem(), metrics.write(command: command, exitCode: code, merchants: [])]
            _ = ExitStatus.exit(with: failure)
            throw ExitCode(OutputFailure.finish(problems.compactMap { $0 }, done: nil, code: code))
        }
        if summary == .fleet {
            ProgressLine.clear()
            FileHandleOutput.standardOutput.write(fleet.withLock { $0.render(elapsed: ContinuousClock.now - started) } + "\n")
        }
        say(closingLine(outcomes))
        let first = outcomes.lazy.compactMap(failure).first
        var problems = [StandardOutputStatus.takeProblem()].compactMap { $0 }
        let code = first.map { ExitStatus.code(for: $0.category) } ?? (problems.isEmpty ? ExitStatus.success : ExitStatus.outputError)
        if let problem = metrics.write(command: command, exitCode: code, merchants: outcomes.map(metricsRow)) { problems.append(problem) }
        if let first { _ = ExitStatus.exit(with: first) }
        let status = OutputFailure.finish(problems, done: written(outcomes), code: code)
        if status != ExitStatus.success { throw ExitCode(status) }
    }

    /// What is in the database whatever happened to the outputs.
    func written(_ outcomes: [Outcome]) -> String {
        if dryRun { return "nothing was written to the database (dry run)" }
        let succeeded = outcomes.filter { failure($0) == nil }.count
        if succeeded == outcomes.count { return "the results were written to the database" }
        if succeeded == 0 { return "no merchant's results were written" }
        return "the results of \(succeeded) of \(outcomes.count) merchants were written to the database"
    }
}
