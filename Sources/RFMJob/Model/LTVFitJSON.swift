#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RFMCore

/// A fit as JSON members, for `fit --format json` and `rfm_runs.clv_model`. The spend model is
/// fitted on cents; γ and its log-likelihood are given for spends in USD, the unit people read
/// (γ scales with the unit; the log-likelihood shifts by ln 100 per customer, the fit is the same).
enum LTVFitJSON {
    static func members(_ fit: LTVFit) -> [(String, JSONValue)] {
        [
            ("customers", .int(fit.customers)),
            ("repeat_buyers", .int(fit.repeatBuyers)),
            ("distinct_histories", .int(fit.distinctHistories)),
            ("bgnbd", purchases(fit.purchases)),
            ("gamma_gamma", spend(fit.spend, customers: fit.spendCustomers)),
        ]
    }

    static func purchases(_ result: Result<BGNBDModel, LTVModelError>) -> JSONValue {
        switch result {
        case .success(let model):
            return .object([
                ("r", .double(model.r)), ("alpha", .double(model.alpha)), ("a", .double(model.a)), ("b", .double(model.b)),
                ("log_likelihood", .double(model.logLikelihood)),
            ])
        case .failure(let error):
            return .object(errorMembers(error))
        }
    }

    static func spend(_ result: Result<GammaGammaModel, LTVModelError>, customers: Int) -> JSONValue {
        switch result {
        case .success(let model):
            return .object([
                ("customers", .int(customers)),
                ("p", .double(model.p)), ("q", .double(model.q)), ("gamma_usd", .double(gammaUSD(model))),
                ("log_likelihood_usd", .double(logLikelihoodUSD(model))),
            ])
        case .failure(let error):
            return .object([("customers", .int(customers))] + errorMembers(error))
        }
    }

    static func errorMembers(_ error: LTVModelError) -> [(String, JSONValue)] {
        [("error", .string(error.reason.name)), ("message", .string(error.message))]
    }

    static func gammaUSD(_ model: GammaGammaModel) -> Double { model.gamma / 100 }

    static func logLikelihoodUSD(_ model: GammaGammaModel) -> Double {
        model.logLikelihood + Double(model.customerCount) * log(100)
    }
}
