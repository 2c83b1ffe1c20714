/// One input row (SPEC §1) as the reader decoded it, with text fields borrowed from the reader's
/// buffer: valid only during the `EventAccumulator.add(_:)` call. nil means SQL NULL.
public struct EventRow {
    public var eventID: UnsafeRawBufferPointer?
    public var userKey: UnsafeRawBufferPointer?
    public var email: UnsafeRawBufferPointer?
    public var occurredAt: EventTime?
    public var amount: AmountReading?
    public var currency: UnsafeRawBufferPointer?
    public var kind: UnsafeRawBufferPointer?

    public init(
        eventID: UnsafeRawBufferPointer?, userKey: UnsafeRawBufferPointer?, email: UnsafeRawBufferPointer?,
        occurredAt: EventTime?, amount: AmountReading?, currency: UnsafeRawBufferPointer?, kind: UnsafeRawBufferPointer?
    ) {
        self.eventID = eventID
        self.userKey = userKey
        self.email = email
        self.occurredAt = occurredAt
        self.amount = amount
        self.currency = currency
        self.kind = kind
    }
}

/// `occurred_at`: an instant in microseconds since the Unix epoch, or ±infinity.
public enum EventTime: Sendable, Equatable {
    case unixMicroseconds(Int64)
    case infinite
}

/// `amount`, read exactly as whole cents or recognised as something that is not.
public enum AmountReading: Sendable, Equatable {
    case cents(Int64)
    case fractionOfCent
    case notANumber
    case outOfRange
}

/// How the job treats a row's `kind`.
public enum EventKind: UInt8, Sendable {
    case purchase = 1
    case refund = 2
}

/// Takes rows one at a time: a nightly `EventAccumulator` or a backfill's `WindowSeries`.
public protocol EventSink {
    mutating func add(_ row: EventRow)
}

extension EventAccumulator: EventSink {}
extension WindowSeries: EventSink {}
