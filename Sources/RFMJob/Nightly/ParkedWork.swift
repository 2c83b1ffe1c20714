/// Work another process held when this one came to it (`--share`): put aside, and taken again
/// once `pause` has passed, to find it done (by the holder) or free (the holder died, its
/// liveness lock released by the server) and then do it here. A worker takes parked work only
/// when nothing else is left: a process never waits for work another holds while there is more.
/// It waits as long as the holder lives; once a minute it says so (`dueReport`), naming the
/// holder, so that a stuck holder is found and ended (docs/OPERATIONS.md, "Several job hosts").
struct ParkedWork<Item> {
    let pause: Duration
    private var items: [(item: Item, ready: ContinuousClock.Instant)] = []
    private var reported: ContinuousClock.Instant?

    init(pause: Duration) { self.pause = pause }

    var isEmpty: Bool { items.isEmpty }

    mutating func park(_ item: Item) {
        items.append((item, ContinuousClock.now + pause))
    }

    /// The item parked longest, if its pause is over; else how long until it is. With nothing
    /// parked, `.done` unless units of other workers are still running (`inFlight`).
    mutating func take(inFlight: Int) -> Claim<Item> {
        guard let first = items.first else { return inFlight > 0 ? .wait(pause) : .done }
        let now = ContinuousClock.now
        guard first.ready <= now else { return .wait(first.ready - now) }
        items.removeFirst()
        return .work(first.item)
    }

    /// True a minute after the first parking, and every minute after that.
    mutating func dueReport() -> Bool {
        let now = ContinuousClock.now
        guard let last = reported else {
            reported = now
            return false
        }
        guard now - last >= .seconds(60) else { return false }
        reported = now
        return true
    }
}
