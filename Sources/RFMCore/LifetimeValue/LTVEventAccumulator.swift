/// A nightly `EventAccumulator` that also gathers what the BG/NBD and Gamma-Gamma models are
/// fitted on, from the same rows validated and converted once (`EventIntake`, `FXRates`).
///
/// - Purchases: every valid purchase row before the cutoff, of all history, marks its UTC day
///   as a purchase day (`PurchaseDays`). x = distinct days − 1, t_x = last − first day, T = as-of
///   date − first day, in weeks of 7 days. A repeated or conflicting copy of an event marks the
///   same day again, which changes nothing: a purchase did happen that day (the first purchase
///   follows the same rule).
/// - Spend: from the scoring window only, where events are deduplicated by id exactly as for
///   `monetary`: the window's counted purchases on repeat days (any day but the customer's first
///   purchase day), scaled by (purchases − refunds) / purchases of the window, floored at 0,
///   divided by the repeat purchase days in the window. Spend before the window is not used, so
///   that repeated rows there (not deduplicated, to keep memory per customer) change nothing.
///
/// Memory beyond the nightly run: one 8-byte slot per distinct (customer, day) at a load of at
/// most ¾, and three integers per customer.
public struct LTVEventAccumulator: EventSink {
    var base: EventAccumulator
    var purchaseDays: PurchaseDays

    /// `excludedKeys`, `expectedCustomers`: as for `EventAccumulator`.
    public init(
        window: ScoringWindow, settings: ScoringSettings, rates: FXRates, excludedKeys: Set<ByteKey> = [],
        expectedCustomers: Int = EventIntake.defaultExpectedCustomers
    ) {
        base = EventAccumulator(
            window: window, settings: settings, rates: rates, excludedKeys: excludedKeys, expectedCustomers: expectedCustomers
        )
        purchaseDays = PurchaseDays(
            windowStartDay: Int32(truncatingIfNeeded: window.asOf.adding(days: -window.days).unixDay), expectedPairs: expectedCustomers
        )
    }

    public var quality: DataQuality { base.quality }

    @inline(__always)
    public mutating func add(_ row: EventRow) {
        guard let event = base.accept(row), event.kind == .purchase else { return }
        let day = CivilDate(containingUnixMicroseconds: event.instant).unixDay
        purchaseDays.note(customer: event.customer, day: Int32(truncatingIfNeeded: day))
    }


    public consuming func finish() throws -> LTVMerchantData {
        purchaseDays.releasePairs()
        let skip = base.settleRepeats()
        let sums = base.windowSums(skipping: skip)
        let intake = base.intake
        let customerCount = intake.customers.count
        let firstDay = intake.state.map { $0.firstPurchase == .max ? Int32.max : Int32(truncatingIfNeeded: CivilDate(containingUnixMicroseconds: $0.firstPurchase).unixDay) }
        // The window's counted purchases on days other than the customer's first purchase day.
        var repeatDayCents = [Int64](repeating: 0, count: customerCount)
        let purchaseTag = UInt32(EventKind.purchase.rawValue) << 24
        for row in 0..<base.rows.count where !skip[row] && base.rows.currencyAndKind[row] & 0xFF00_0000 == purchaseTag {
            let customer = Int(base.rows.customer[row])
            let day = Int32(truncatingIfNeeded: CivilDate(containingUnixMicroseconds: base.rows.time[row]).unixDay)
            // Wrapping is harmless: `measures` below refuses a window whose purchases overflow.
            if day != firstDay[customer] { repeatDayCents[customer] &+= base.rows.usdCents(row) }
        }
        // The window's rows are summed: free them before the measures take their place.
        base.rows = EventColumns()
        let keyOrder = CustomerProfiles.keyOrder(intake)
        var profiles = CustomerProfiles(intake: intake)
        let measures = try sums.measures(asOf: base.window.asOf, keyOrder: keyOrder, profiles: &profiles)

        let asOfDay = base.window.asOf.unixDay
        var customers: [LTVCalibration.Customer] = []
        var calibrationIndex = [Int](repeating: -1, count: customerCount)
        for customer in keyOrder {
            let days = customer < purchaseDays.days.count ? Int(purchaseDays.days[customer]) : 0
            guard days > 0 else { continue }
            let first = Int64(firstDay[customer])
            let last = Int64(purchaseDays.lastDay[customer])
            let history = try PurchaseHistory(
                repeatPurchases: days - 1,
                lastPurchaseWeek: Double(last - first) / 7,
                ageWeeks: Double(asOfDay - first) / 7
            )
            let windowPurchaseDays = Int(purchaseDays.windowDays[customer])
            let spendDays = windowPurchaseDays - (first >= Int64(purchaseDays.windowStartDay) ? 1 : 0)
            let purchased = sums.purchaseCents[customer]
            let net = max(0, purchased - sums.refundCents[customer])
            var meanSpend = 0.0
            if spendDays > 0, purchased > 0, net > 0 {
                let share = net == purchased ? 1 : Double(net) / Double(purchased)
                meanSpend = Double(repeatDayCents[customer]) * share / Double(spendDays)
            }
            calibrationIndex[customer] = customers.count
            customers.append(LTVCalibration.Customer(
                userKey: profiles.userKey(customer), history: history, spendDays: spendDays,
                meanSpendCents: meanSpend, windowPurchaseDays: windowPurchaseDays
            ))
        }
        // Scored customers come in the same key order, each with a window purchase (so a day).
        let scoredIndex = keyOrder.lazy.filter { sums.frequency[$0] > 0 }.map { calibrationIndex[$0] }
        return LTVMerchantData(
            measures: MerchantMeasures(customers: measures, quality: base.intake.quality),
            calibration: LTVCalibration(asOf: base.window.asOf, customers: customers),
            scoredCalibrationIndex: Array(scoredIndex)
        )
    }
}
