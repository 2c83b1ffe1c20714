import RFMCore

extension RunLedger {
    /// Stores the run's fitted parameters (or why the fit failed) in `rfm_runs.clv_model`: call
    /// inside the transaction that writes the predictions.
    func recordModel(runID: Int64, _ model: ModelRunSummary) throws {
        try connection.execute("UPDATE rfm_runs SET clv_model = $2::jsonb WHERE id = $1", [String(runID), model.ledgerJSON.compactText])
    }
}
