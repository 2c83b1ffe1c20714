import Logging
import PostgresClient
import RFMCore

extension MerchantRun {
    /// For a merchant of `options.stageCurrentFrom` customers or more: starts building its new
    /// current state on a spare connection, beside the history write on this one.
    func stageCurrent(_ scored: ScoredMerchant, writer: ScoreWriter, runID: Int64) throws -> CurrentStateStaging? {
        guard let spares, scored.scores.count >= options.stageCurrentFrom else { return nil }
        let side: Connection
        do {
            side = try spares.take()
        } catch {
            logger.warning("current state written in place: no second connection", metadata: ["error": "\(error)"])
            return nil
        }
        let staged = StagedCurrentState(merchant: writer.merchant, asOf: asOf, runID: runID)
        let now = try writer.transactionTimestamp()
        let scores = scored.scores, predictions = scored.predictions
        return CurrentStateStaging(staged: staged, side: side, spares: spares, logger: logger, build: DedicatedThread {
            try staged.build(scores, predictions: predictions, at: now, on: side)
        })
    }
}

/// A staged current state being built on a borrowed connection.
struct CurrentStateStaging {
    let staged: StagedCurrentState
    let side: Connection
    let spares: SpareConnections
    let logger: Logger
    let build: DedicatedThread<Void>

    /// Waits for the build and gives the connection back: never mid-COPY.
    private func finish() -> Result<Void, any Error> {
        let result = build.join()
        spares.giveBack(side)
        return result
    }

    /// The run failed before the swap: waits for the build, quietly.
    func abandon() { _ = finish() }

    /// Waits for the build and swaps it in (`StagedCurrentState.swapIn`); false: nothing
    /// changed, write in place.
    func swapIn(for partition: CurrentPartition, on connection: Connection) throws -> Bool {
        if case .failure(let error) = finish() {
            logger.warning("current state written in place: building it beside failed", metadata: [
                "error": "\(JobFailure.classify(error).message)",
            ])
            return false
        }
        return try staged.swapIn(for: partition, on: connection, logger: logger)
    }
}
