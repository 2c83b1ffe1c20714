public struct MonetaryOverflowError: Error, CustomStringConvertible {
    public let userKey: String
    public var description: String { "customer \(userKey)'s purchases add up to more than 64-bit cents can hold" }
}
