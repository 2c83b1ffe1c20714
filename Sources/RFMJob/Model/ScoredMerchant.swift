import RFMCore

/// A merchant's scores, and the model's outputs aligned with them when the model is on.
struct ScoredMerchant {
    var scores: ScoredCustomers
    var predictions: [LTVPrediction]? = nil
}
