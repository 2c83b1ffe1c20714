/// `amount`, read exactly as whole cents or recognised as something that is not.
public enum AmountReading: Sendable, Equatable {
    case cents(Int64)
    case fractionOfCent
    case notANumber
    case outOfRange
}
