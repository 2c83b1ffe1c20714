/// Takes rows one at a time: a nightly `EventAccumulator` or a backfill's `BackfillSeries`.
public protocol EventSink {
    mutating func add(_ row: EventRow)
}
