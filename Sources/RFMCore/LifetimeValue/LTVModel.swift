/// Which model fills the per-customer model outputs (`expected_purchases`, `probability_alive`,
/// `model_ltv`, `churn_risk`). SPEC §5's `predictive_ltv` is computed and written either way.
public enum LTVModel: String, Sendable, CaseIterable {
    /// SPEC §5's heuristic only: the model outputs stay NULL and nothing extra is computed.
    case seed
    /// BG/NBD for purchases and Gamma-Gamma for spend, fitted on the merchant's purchases before
    /// the cutoff at every run (docs/ltv-models.md, docs/DECISIONS.md "Model LTV").
    case bgnbd
}
