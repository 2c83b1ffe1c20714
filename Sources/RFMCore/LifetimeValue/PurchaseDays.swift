/// Each customer's distinct purchase days (UTC), counted as rows arrive in any order.
///
/// The BG/NBD counts a purchase per day, so what it needs of a customer is how many distinct
/// days she bought on, and the last one. Rows come unordered, so the (customer, day) pairs seen
/// so far are kept in one open-addressing set of 64-bit keys: memory grows with distinct pairs
/// (8 bytes each at a load of at most ¾), not with rows, and a repeated row or a second order
/// on the same day costs nothing.
struct PurchaseDays {
    /// 0 is empty; otherwise (customer + 1) << 32 | the day's bit pattern.
    private var slots: [UInt64]
    /// log2 of the slot count: the hash keeps that many high bits.
    private var bits: Int
    private(set) var pairCount = 0

    /// Days before this one are outside the scoring window.
    let windowStartDay: Int32
    /// Per customer (index = `EventIntake.customers`): distinct purchase days, those of them in
    /// the window, and the latest.
    private(set) var days: [Int32] = []
    private(set) var windowDays: [Int32] = []
    private(set) var lastDay: [Int32] = []

    init(windowStartDay: Int32, expectedPairs: Int = 1 << 16) {
        self.windowStartDay = windowStartDay
        bits = 4
        while (1 << bits) * 3 < expectedPairs * 4 { bits += 1 }
        slots = Array(repeating: 0, count: 1 << bits)
    }

    /// Records a purchase by `customer` on `day` (days since 1970-01-01).
    @inline(__always)
    mutating func note(customer: Int, day: Int32) {
        if customer >= days.count { extend(to: customer + 1) }
        let key = UInt64(customer + 1) << 32 | UInt64(UInt32(bitPattern: day))
        var slot = Self.slot(key, bits: bits)
        let mask = slots.count - 1
        while true {
            let entry = slots[slot]
            if entry == key { return }
            if entry == 0 { break }
            slot = (slot + 1) & mask
        }
        slots[slot] = key
        pairCount += 1
        days[customer] += 1
        if day >= windowStartDay { windowDays[customer] += 1 }
        if day > lastDay[customer] { lastDay[customer] = day }
        if pairCount * 4 > slots.count * 3 { grow() }
    }

    /// Frees the set once every row is in: only the per-customer counts are needed after that.
    mutating func releasePairs() {
        slots = []
        bits = 0
    }

    /// Fibonacci hashing: the high bits of key × 2⁶⁴/φ spread consecutive days and customers.
    @inline(__always)
    private static func slot(_ key: UInt64, bits: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    private mutating func extend(to count: Int) {
        let missing = count - days.count
        days.append(contentsOf: repeatElement(0, count: missing))
        windowDays.append(contentsOf: repeatElement(0, count: missing))
        lastDay.append(contentsOf: repeatElement(.min, count: missing))
    }

    private mutating func grow() {
        bits += 1
        var grown = [UInt64](repeating: 0, count: 1 << bits)
        let mask = grown.count - 1
        for key in slots where key != 0 {
            var slot = Self.slot(key, bits: bits)
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = key
        }
        slots = grown
    }
}
