/// What the scheduler needs to know of a merchant's outcome.
protocol MerchantResult: Sendable {
    var failure: JobFailure? { get }
    static func notAttempted(merchant: String, because failure: JobFailure) -> Self
}
