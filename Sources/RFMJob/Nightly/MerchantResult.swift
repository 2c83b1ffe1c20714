/// What the scheduler needs to know of a merchant's outcome.
protocol MerchantResult: Sendable {
    var failure: JobFailure? { get }
    /// Another process of a shared night (`--share`) held the merchant: nothing was done here.
    var heldElsewhere: Bool { get }
    static func notAttempted(merchant: String, because failure: JobFailure) -> Self
}
