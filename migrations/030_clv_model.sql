-- 030: model outputs beside the seed's predictive_ltv (issue 7; docs/DECISIONS.md "Model LTV").
-- Written by `rfm-nightly run --ltv-model bgnbd`; NULL with the default seed setting, and NULL
-- when the merchant's fit failed. Nullable columns without a default: adding them rewrites
-- nothing, however much history there is.
--   expected_purchases  purchase days expected over the horizon H (BG/NBD)
--   probability_alive   P(still a customer | x, t_x, T) (BG/NBD)
--   model_ltv           expected purchases × expected spend per purchase (Gamma-Gamma), USD,
--                       discounted at the run's annual rate
--   churn_risk          low (P(alive) ≥ 0.7), medium, high (< 0.3), unknown (one-time buyers)
ALTER TABLE customer_ltv
    ADD COLUMN expected_purchases double precision,
    ADD COLUMN probability_alive  double precision,
    ADD COLUMN model_ltv          numeric(16,2),
    ADD COLUMN churn_risk         text;

ALTER TABLE customer_ltv_history
    ADD COLUMN expected_purchases double precision,
    ADD COLUMN probability_alive  double precision,
    ADD COLUMN model_ltv          numeric(16,2),
    ADD COLUMN churn_risk         text;

-- The fitted parameters of a run with the model on, so every stored prediction can be traced
-- to the model that made it (or to why the fit failed); NULL for seed runs.
ALTER TABLE rfm_runs ADD COLUMN clv_model jsonb;
