/// Why a row was skipped (SPEC §7). The raw values are what logs, the run ledger and the summary show.
public enum SkipReason: String, CaseIterable, Sendable, Comparable {
    case nullField = "null_field"
    /// A user key longer than the outputs' keys hold (`StoredRange.maximumUserKeyBytes`).
    case keyTooLong = "key_too_long"
    case infiniteTime = "infinite_time"
    case negativeAmount = "negative_amount"
    case fractionOfCent = "fraction_of_cent"
    case amountNotANumber = "amount_not_a_number"
    case amountOutOfRange = "amount_out_of_range"
    case unknownKind = "unknown_kind"
    case malformedCurrency = "malformed_currency"
    /// Two rows share an event id but not their content: neither is counted.
    case conflictingDuplicate = "conflicting_duplicate"

    public static func < (lhs: SkipReason, rhs: SkipReason) -> Bool { lhs.rawValue < rhs.rawValue }
}
