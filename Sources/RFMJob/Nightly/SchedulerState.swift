struct SchedulerState<Outcome> {
    var next = 0
    /// Merchant indexes in the order they are claimed.
    let order: [Int]
    var results: [Int: Outcome] = [:]
    var stopReason: JobFailure?

    init(order: [Int]) { self.order = order }

    mutating func claim() -> Int? {
        guard stopReason == nil, next < order.count else { return nil }
        defer { next += 1 }
        return order[next]
    }
}
