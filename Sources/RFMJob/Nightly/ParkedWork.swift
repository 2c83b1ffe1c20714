/// Work another process held when this one came to it (`--share`): put aside, and taken again
/// once `sharePoll` has passed, to find it done (by the holder) or free (the holder died, its
/// liveness lock released by the server) and then do it here. A worker takes parked work only
/// when nothing else is left: a process never waits for work another holds while there is more.
struct ParkedWork<Item> {
    private var items: [(item: Item, ready: ContinuousClock.Instant)] = []

    var isEmpty: Bool { items.isEmpty }

    mutating func park(_ item: Item, for pause: Duration) {
        items.append((item, ContinuousClock.now + pause))
    }

    /// The item parked longest, if its pause is over; else how long until it is.
    mutating func take() -> Claim<Item> {
        guard let first = items.first else { return .done }
        let now = ContinuousClock.now
        guard first.ready <= now else { return .wait(first.ready - now) }
        items.removeFirst()
        return .work(first.item)
    }
}

/// What a scheduler's worker gets when it asks for the next piece of work.
enum Claim<Item> {
    case work(Item)
    /// Only parked work is left, none of it ready yet.
    case wait(Duration)
    case done
}
