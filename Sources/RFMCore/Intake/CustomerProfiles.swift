/// What a customer carries beyond one window, ready to build measures from: the user key as a
/// String, the first purchase, and the email hash (each distinct address hashed once, when
/// first needed: hashing is the costliest step per customer).
///
/// Keys and emails are kept as their strings alone, without the intake's hash slots: nothing is
/// looked up once reading ends, and a backfill holds its profiles for every date.
struct CustomerProfiles {
    let customers: ByteStringList
    /// First purchase and current email per customer; a backfill moves the email date by date.
    var state: [CustomerState]
    /// Emptied by `hashEveryEmail()`.
    private(set) var emails: ByteStringList
    /// Per email: its hash once `hashState` says it is made (32 bytes, where an optional hash and a
    /// flag took 41).
    private var hashes: [EmailHash]
    private var hashState: [HashState]
    /// Set by `hashEveryEmail()`: nothing is left to hash.
    private var everyEmailHashed = false

    enum HashState: UInt8 {
        case notYet, wanted, hashed, noAddress
    }

    init(intake: EventIntake) {
        customers = intake.customers.strings
        state = intake.state
        emails = intake.emails.strings
        hashes = Array(repeating: .unset, count: intake.emails.count)
        hashState = Array(repeating: .notYet, count: intake.emails.count)
    }

    /// Made when asked: most keys are short enough to live inside the String, without allocating.
    func userKey(_ customer: Int) -> String { customers.withBytes(customer) { String(decoding: $0, as: UTF8.self) } }

    /// The customer's email hash; `hashEmails(of:)` must have covered the customer.
    @inline(__always)
    func emailHash(_ customer: Int) -> EmailHash? {
        let index = state[customer].emailIndex
        guard index != EventIntake.noEmail else { return nil }
        let slot = Int(index)
        precondition(hashState[slot] != .notYet && hashState[slot] != .wanted, "an email read before it was hashed")
        return hashState[slot] == .hashed ? hashes[slot] : nil
    }

    /// Hashes the emails of the customers in `customers` that `included` selects, those not
    /// hashed yet, each address once, over both cores.
    mutating func hashEmails(of customers: [Int], where included: (Int) -> Bool) {
        guard !everyEmailHashed else { return }
        for customer in customers where included(customer) {
            let index = state[customer].emailIndex
            if index != EventIntake.noEmail, hashState[Int(index)] == .notYet { hashState[Int(index)] = .wanted }
        }
        hashWanted()
    }

    /// Hashes every email now and lets the addresses go: a backfill, which would otherwise hold
    /// them for every date, though each is hashed once either way.
    mutating func hashEveryEmail() {
        for slot in hashState.indices where hashState[slot] == .notYet { hashState[slot] = .wanted }
        hashWanted()
        emails = ByteStringList()
        everyEmailHashed = true
    }

    /// Hashes the `.wanted` emails, each core a half of the slots.
    private mutating func hashWanted() {
        let emails = self.emails
        hashes.withUnsafeMutableBufferPointer { hashBuffer in
            hashState.withUnsafeMutableBufferPointer { stateBuffer in
                let hashes = DisjointWrites(hashBuffer), hashState = DisjointWrites(stateBuffer)
                ParallelHalves.forEachHalf(of: stateBuffer.count) { slots in
                    for slot in slots where hashState[slot] == .wanted {
                        if let hash = emails.withBytes(slot, { EmailHash(email: $0) }) {
                            hashes[slot] = hash
                            hashState[slot] = .hashed
                        } else {
                            hashState[slot] = .noAddress
                        }
                    }
                }
            }
        }
    }

    /// Every customer index, sorted by user-key bytes (PostgreSQL's "C" order).
    static func keyOrder(_ intake: EventIntake) -> [Int] {
        KeyOrder.sorted(intake.customers.strings) { _ in true }
    }
}
