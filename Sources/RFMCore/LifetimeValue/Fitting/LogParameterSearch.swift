#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How both models are fitted: maximum likelihood over ln θ inside [ln 1e-6, ln 1e6] by BFGS,
/// then checks that turn a doubtful optimum into an error instead of a number.
enum LogParameterSearch {
    static let smallest = 1e-6
    static let largest = 1e6
    /// An estimate within this factor of the box's edge "ran to the bound": the likelihood was
    /// still improving towards 0 or ∞, so the value says nothing about customers.
    static let edgeFactor = 10.0
    /// Iterations a parameter may spend past the edge factor, still pushed outwards, before the
    /// search gives up: the fit would be refused as `parameterAtBound` anyway, and walking along
    /// the edge until `maxIterations` took minutes on data where nobody seems to drop out.
    static let iterationsAtTheEdge = 10

    /// Maximises `logLikelihood` (the sum over customers, with its gradient in ln θ) from each
    /// start in turn until one converges. Returns θ and the maximum log-likelihood.
    static func maximize(
        model: String, parameterNames: [String], starts: [[Double]], customerCount: Int,
        _ logLikelihood: ([Double]) -> (value: Double, gradient: [Double])
    ) throws -> (parameters: [Double], logLikelihood: Double) {
        // The mean negative log-likelihood keeps tolerances independent of the customer count.
        let scale = 1 / Double(customerCount)
        var best: BFGSMinimizer.Outcome?
        for start in starts {
            var minimizer = BFGSMinimizer(lowerBound: log(smallest), upperBound: log(largest))
            var atTheEdge = 0
            minimizer.shouldStop = { outcome in
                atTheEdge = pushedOutwards(outcome) ? atTheEdge + 1 : 0
                return atTheEdge >= iterationsAtTheEdge
            }
            let outcome = minimizer.minimize(from: start) { logParameters in
                let (value, gradient) = logLikelihood(logParameters)
                return (-value * scale, gradient.map { -$0 * scale })
            }
            if best == nil || outcome.value < best!.value { best = outcome }
            if outcome.converged { break }
        }
        guard let best, best.value.isFinite else {
            throw LTVModelError(.didNotConverge, "\(model) fit found no finite likelihood")
        }
        let parameters = best.point.map { exp($0) }
        for (name, value) in zip(parameterNames, parameters)
        where value < smallest * edgeFactor || value > largest / edgeFactor {
            throw LTVModelError(.parameterAtBound, "\(model) fit ran \(name) to \(short(value)), the edge of [1e-6, 1e6]: the data do not identify it")
        }
        guard best.converged else {
            let gradient = best.gradient.reduce(0) { max($0, abs($1)) }
            throw LTVModelError(.didNotConverge, "\(model) fit did not converge after \(best.iterations) iterations (largest gradient component \(short(gradient)))")
        }
        return (parameters, -best.value / scale)
    }

    /// Some parameter is within `edgeFactor` of a bound and the descent direction −gradient
    /// points further out.
    static func pushedOutwards(_ outcome: BFGSMinimizer.Outcome) -> Bool {
        let low = log(smallest * edgeFactor), high = log(largest / edgeFactor)
        return zip(outcome.point, outcome.gradient).contains { x, gradient in
            (x < low && gradient > 0) || (x > high && gradient < 0)
        }
    }

    private static func short(_ value: Double) -> String {
        guard value.isFinite, value != 0 else { return "\(value)" }
        var exponent = Int(floor(log10(abs(value))))
        var mantissa = (value / pow(10, Double(exponent)) * 100).rounded() / 100
        if abs(mantissa) >= 10 { (mantissa, exponent) = (mantissa / 10, exponent + 1) }
        return "\(mantissa)e\(exponent)"
    }
}
