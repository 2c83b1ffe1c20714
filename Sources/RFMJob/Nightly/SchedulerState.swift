struct SchedulerState<Outcome> {
    var next = 0
    /// Merchant indexes in the order they are claimed.
    let order: [Int]
    var results: [Int: Outcome] = [:]
    var stopReason: JobFailure?
    /// Merchants another process held (`--share`).
    var parked = ParkedWork<Int>()

    init(order: [Int]) { self.order = order }

    mutating func claim() -> Claim<Int> {
        guard stopReason == nil else { return .done }
        guard next < order.count else { return parked.take() }
        defer { next += 1 }
        return .work(order[next])
    }
}
