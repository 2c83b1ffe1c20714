import Foundation

/// What a scheduler's worker gets when it asks for the next piece of work.
enum Claim<Item> {
    case work(Item)
    /// Nothing to take now, but there may be: work parked (`ParkedWork`), or other workers'
    /// units still running, which may park some or leave retries.
    case wait(Duration)
    case done

    /// The next piece of work, sleeping through waits; nil once there is none left.
    static func next(_ claim: () -> Claim<Item>) -> Item? {
        while true {
            switch claim() {
            case .done: return nil
            case .wait(let pause): Thread.sleep(forTimeInterval: Double(pause.milliseconds) / 1000)
            case .work(let item): return item
            }
        }
    }
}
