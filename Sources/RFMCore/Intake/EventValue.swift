/// The checks a row's kind, amount and currency pass before it counts (SPEC §1, §7), in the
/// run's order: kind, amount, currency, conversion. The nightly run and a backfill (through
/// `EventIntake`) and the customer drill-down (which explains each row) all use this one, so
/// they cannot disagree about a row.
public enum EventValue {
    public enum Outcome {
        /// What the row counts for: its kind and currency, USD cents, and whether the currency
        /// had a rate (without one it is converted at 1.0).
        case counted(kind: EventKind, currency: CurrencyCode, usdCents: Int64, rateKnown: Bool)
        case skipped(SkipReason)
    }

    /// `kind`: the row's kind as configured, nil for any other; `rate`: the USD rate of a
    /// well-formed currency code, nil for none.
    @inline(__always)
    public static func check(
        kind: EventKind?, amount: AmountReading, currency: CurrencyCode?, rate: (CurrencyCode) -> Int64?
    ) -> Outcome {
        guard let kind else { return .skipped(.unknownKind) }
        let amountCents: Int64
        switch amount {
        case .cents(let cents) where cents >= 0: amountCents = cents
        case .cents: return .skipped(.negativeAmount)
        case .fractionOfCent: return .skipped(.fractionOfCent)
        case .notANumber: return .skipped(.amountNotANumber)
        case .outOfRange: return .skipped(.amountOutOfRange)
        }
        guard let currency else { return .skipped(.malformedCurrency) }
        let rateMicros = rate(currency)
        guard let usdCents = FXRates.usdCents(amountCents: amountCents, rateMicros: rateMicros ?? FXRates.microsPerUnit)
        else { return .skipped(.amountOutOfRange) }
        return .counted(kind: kind, currency: currency, usdCents: usdCents, rateKnown: rateMicros != nil)
    }
}
