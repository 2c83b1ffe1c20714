/// Minimises a smooth function inside a box by BFGS (Nocedal & Wright 2006, alg. 6.1) with a
/// backtracking line search. The models hand it log-parameters, so the box is a range of
/// orders of magnitude and positivity is built in.
///
/// Points outside the box, and points where the objective is not finite, count as +∞, so the
/// line search backs away from them. A failed line search restarts from steepest descent a few
/// times before giving up. "Converged" means the largest gradient component fell below
/// `gradientTolerance`, or, when no step makes progress any more (round-off: the line search
/// fails, or `stalledIterations` accepted steps in a row leave the value where it was), below
/// `stalledGradientTolerance`.
struct BFGSMinimizer {
    typealias Objective = ([Double]) -> (value: Double, gradient: [Double])

    struct Outcome {
        var point: [Double]
        var value: Double
        var gradient: [Double]
        var iterations: Int
        var converged: Bool
    }

    var lowerBound: Double
    var upperBound: Double
    var gradientTolerance = 1e-9
    var stalledGradientTolerance = 1e-6
    var maxIterations = 1000
    /// Iterations without a decrease of the value beyond its round-off after which a search whose
    /// gradient is below `stalledGradientTolerance` counts as converged: with a million terms the
    /// sums' round-off can keep the gradient above `gradientTolerance` while steps that change
    /// nothing keep being accepted.
    var stalledIterations = 10
    /// Largest move of any coordinate in one step: in log space, a factor of e² per parameter.
    var maxStep = 2.0
    var restarts = 3
    /// Asked after every iteration; true ends the search there, unconverged. The fits use it
    /// to give up on a parameter that keeps running into the edge of the box.
    var shouldStop: ((Outcome) -> Bool)?

    func minimize(from start: [Double], _ objective: Objective) -> Outcome {
        let dimension = start.count
        var current = Outcome(point: start, value: 0, gradient: [], iterations: 0, converged: false)
        (current.value, current.gradient) = evaluate(start, objective)
        guard current.value.isFinite else { return current }

        var inverseHessian = Matrix.identity(dimension)
        var freshHessian = true
        var restartsLeft = restarts
        var lastProgress = current.value
        var iterationsWithoutProgress = 0
        while current.iterations < maxIterations {
            if maxMagnitude(current.gradient) <= gradientTolerance {
                current.converged = true
                return current
            }
            current.iterations += 1
            var direction = inverseHessian.times(current.gradient).map { -$0 }
            if dot(direction, current.gradient) >= 0 {
                inverseHessian = Matrix.identity(dimension)
                freshHessian = true
                direction = current.gradient.map { -$0 }
            }
            // Never try a point outside the box: near an edge that would cost dozens of halvings
            // per iteration. A direction leading straight out of the box fails like a line search.
            let firstStep = min(1, maxStep / maxMagnitude(direction), stepToBoxEdge(from: current.point, along: direction))
            guard firstStep > 0, let next = lineSearch(from: current, along: direction, firstStep: firstStep, objective) else {
                if !freshHessian, restartsLeft > 0 {
                    restartsLeft -= 1
                    inverseHessian = Matrix.identity(dimension)
                    freshHessian = true
                    continue
                }
                current.converged = maxMagnitude(current.gradient) <= stalledGradientTolerance
                return current
            }
            let step = zip(next.point, current.point).map { $0 - $1 }
            let change = zip(next.gradient, current.gradient).map { $0 - $1 }
            let curvature = dot(step, change)
            // Skip the update when the curvature condition fails: it would lose positive definiteness.
            if curvature > 1e-12 * (dot(step, step) * dot(change, change)).squareRoot() {
                if freshHessian {
                    // Scale the identity to the function's curvature before the first update (N&W 6.20).
                    inverseHessian = Matrix.identity(dimension).scaled(by: curvature / dot(change, change))
                }
                inverseHessian.bfgsUpdate(step: step, gradientChange: change, curvature: curvature)
                freshHessian = false
            }
            current.point = next.point
            current.value = next.value
            current.gradient = next.gradient
            if lastProgress - current.value > 1e-12 * abs(current.value) {
                lastProgress = current.value
                iterationsWithoutProgress = 0
            } else {
                iterationsWithoutProgress += 1
                if iterationsWithoutProgress >= stalledIterations, maxMagnitude(current.gradient) <= stalledGradientTolerance {
                    current.converged = true
                    return current
                }
            }
            if let shouldStop, shouldStop(current) { return current }
        }
        return current
    }

    /// The largest t with every coordinate of point + t · direction inside the box.
    private func stepToBoxEdge(from point: [Double], along direction: [Double]) -> Double {
        var step = Double.infinity
        for (x, d) in zip(point, direction) where d != 0 {
            step = min(step, max(0, ((d > 0 ? upperBound : lowerBound) - x) / d))
        }
        return step
    }

    /// The objective, or +∞ outside the box or where it is not finite.
    private func evaluate(_ point: [Double], _ objective: Objective) -> (value: Double, gradient: [Double]) {
        guard point.allSatisfy({ $0 >= lowerBound && $0 <= upperBound }) else {
            return (.infinity, point.map { _ in .nan })
        }
        let result = objective(point)
        return result.value.isFinite && result.gradient.allSatisfy(\.isFinite) ? result : (.infinity, result.gradient)
    }

    /// Backtracks from `firstStep` until the Armijo condition holds or, once changes in the value
    /// are lost in round-off, until Hager & Zhang's (2005) approximate Wolfe conditions hold, which
    /// look at the slope instead. Nil after 60 halvings.
    private func lineSearch(
        from start: Outcome, along direction: [Double], firstStep: Double, _ objective: Objective
    ) -> (point: [Double], value: Double, gradient: [Double])? {
        let slope = dot(start.gradient, direction)
        let roundOff = 1e-12 * abs(start.value)
        var stepLength = firstStep
        for _ in 0..<60 {
            let point = zip(start.point, direction).map { $0 + stepLength * $1 }
            let (value, gradient) = evaluate(point, objective)
            if value.isFinite {
                if value <= start.value + 1e-4 * stepLength * slope { return (point, value, gradient) }
                let newSlope = dot(gradient, direction)
                if value <= start.value + roundOff, newSlope >= 0.9 * slope, newSlope <= -0.8 * slope {
                    return (point, value, gradient)
                }
            }
            stepLength *= 0.5
        }
        return nil
    }
}

private func dot(_ left: [Double], _ right: [Double]) -> Double {
    zip(left, right).reduce(0) { $0 + $1.0 * $1.1 }
}

private func maxMagnitude(_ vector: [Double]) -> Double {
    vector.reduce(0) { max($0, abs($1)) }
}
