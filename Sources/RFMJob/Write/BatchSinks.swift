import RFMCore

/// The accumulators of a batch's merchants, one each, by position: the seed's measures, or the
/// model's calibration beside them (`ltv_model: bgnbd`). Kept in two arrays rather than an enum
/// of accumulators, so that a row mutates its accumulator in place (an enum's payload would be
/// copied out and back, and its buffers copied with it).
struct BatchSinks {
    private enum Kind { case seed(Int), model(Int) }
    private var kinds: [Kind] = []
    private var seeds: [EventAccumulator?] = []
    private var models: [LTVEventAccumulator?] = []

    enum Finished {
        case seed(MerchantMeasures)
        case model(LTVMerchantData)
    }

    mutating func append(_ plan: MerchantPlan, window: ScoringWindow, excludedKeys: Set<ByteKey>, expectedCustomers: Int) {
        if plan.scoring.ltvModel == .seed {
            kinds.append(.seed(seeds.count))
            seeds.append(EventAccumulator(
                window: window, settings: plan.scoring, rates: plan.rates, excludedKeys: excludedKeys, expectedCustomers: expectedCustomers
            ))
        } else {
            kinds.append(.model(models.count))
            models.append(LTVEventAccumulator(
                window: window, settings: plan.scoring, rates: plan.rates, excludedKeys: excludedKeys, expectedCustomers: expectedCustomers
            ))
        }
    }

    @inline(__always)
    mutating func add(_ row: EventRow, to member: Int) {
        switch kinds[member] {
        case .seed(let index): seeds[index]!.add(row)
        case .model(let index): models[index]!.add(row)
        }
    }

    /// Finishes the member's accumulator and frees it.
    mutating func finish(_ member: Int) throws -> Finished {
        switch kinds[member] {
        case .seed(let index):
            let accumulator = seeds[index].take()!
            return .seed(try accumulator.finish())
        case .model(let index):
            let accumulator = models[index].take()!
            return .model(try accumulator.finish())
        }
    }
}
