/// One stretch of customers' scores, column by column, as `ScoredCustomers` keeps them. Each
/// core fills its own; the two are then joined (13 bytes a customer, copied once).
struct ScoreColumns: Sendable {
    var recency: [UInt8] = [], frequency: [UInt8] = [], monetary: [UInt8] = []
    var composite: [UInt8] = [], segment: [UInt8] = []
    var predicted: [Int64] = []
    /// The first customer (index into the whole input) with a value the outputs cannot hold.
    var tooLarge: (index: Int, column: String)?

    init(capacity: Int) {
        for keyPath in [\Self.recency, \.frequency, \.monetary, \.composite, \.segment] { self[keyPath: keyPath].reserveCapacity(capacity) }
        predicted.reserveCapacity(capacity)
    }

    mutating func append(_ other: ScoreColumns) {
        recency += other.recency
        frequency += other.frequency
        monetary += other.monetary
        composite += other.composite
        segment += other.segment
        predicted += other.predicted
    }
}
