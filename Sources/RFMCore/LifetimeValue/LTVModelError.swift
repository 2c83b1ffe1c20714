/// Why a customer-lifetime model could not be fitted or evaluated.
///
/// A struct with static reasons rather than an enum, so that a new reason is not a breaking
/// change. `description` is one line and never quotes a customer's data.
public struct LTVModelError: Error, CustomStringConvertible, Sendable, Equatable {
    public struct Reason: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public var description: String { name }

        /// The input held no customers.
        public static let noCustomers = Reason(name: "no customers")
        /// BG/NBD: nobody bought twice, so nothing tells purchase rate from dropout.
        public static let noRepeatPurchases = Reason(name: "no repeat purchases")
        /// A history or spend that breaks the model's definitions (negative counts, t_x > T, …).
        public static let invalidCustomer = Reason(name: "invalid customer")
        /// Parameters that are not finite and positive, or an invalid horizon or rate.
        public static let invalidArgument = Reason(name: "invalid argument")
        /// The optimiser stopped without reaching a stationary point.
        public static let didNotConverge = Reason(name: "did not converge")
        /// The likelihood keeps improving towards the edge of the search box: the data do not
        /// identify that parameter.
        public static let parameterAtBound = Reason(name: "parameter at bound")
        /// A prediction's series did not converge or its result is not finite.
        public static let numericalFailure = Reason(name: "numerical failure")
        /// A money result does not fit 64-bit cents.
        public static let notRepresentable = Reason(name: "not representable")
    }

    public let reason: Reason
    /// One line for people, e.g. "BG/NBD fit did not converge after 1000 iterations".
    public let message: String

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { message }
}
