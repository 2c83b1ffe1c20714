struct SchedulerState<Outcome> {
    var next = 0
    /// Merchant indexes in the order they are claimed.
    let order: [Int]
    var results: [Int: Outcome] = [:]
    var stopReason: JobFailure?
    /// Merchants another process held (`--share`).
    var parked: ParkedWork<Int>
    /// Merchants being run by a worker now.
    var inFlight = 0

    init(order: [Int], pause: Duration) {
        self.order = order
        parked = ParkedWork(pause: pause)
    }

    mutating func claim() -> Claim<Int> {
        guard stopReason == nil else { return .done }
        guard next < order.count else {
            let claim = parked.take(inFlight: inFlight)
            if case .work = claim { inFlight += 1 }
            return claim
        }
        defer { next += 1 }
        inFlight += 1
        return .work(order[next])
    }
}
