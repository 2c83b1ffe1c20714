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

extension EventAccumulator: EventSink {}
extension BackfillSeries: EventSink {}
