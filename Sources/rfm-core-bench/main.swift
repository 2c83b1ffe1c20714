// rfm-core-bench: the pure scoring core on synthetic rows, no database: how long each step
// takes per row and how much memory it peaks at. Run it in release: swift run -c release rfm-core-bench
//   rfm-core-bench [customers] [events]        defaults 1,000,000 and 10,000,000
import Foundation
import RFMCore

let customers = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1])! : 1_000_000
let events = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2])! : 10_000_000
let asOf = CivilDate(iso: "2026-11-24")!
let twoYears: Int64 = 730 * CivilDate.microsecondsPerDay

/// Peak resident memory so far, from /proc (MB).
func peakMB() -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
}

func time<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
    let start = ContinuousClock.now
    let value = try body()
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(String(format: "%-22@ %7.2f s  %6.0f ns/event  peak %5d MB", label as NSString, seconds, seconds * 1e9 / Double(events), peakMB()))
    return value
}

print("\(customers) customers, \(events) events")
let measures = try accumulateAndFinish()
let scores = try time("score") { try CustomerScorer(settings: .default).score(measures.customers) }
let summary = SegmentSummary(scores: scores, scheme: .tracklayer)
print("scored \(summary.customersScored) customers; champions \(summary.championCount); peak \(peakMB()) MB")
print("digest \(String(digest(scores), radix: 16)) (equal on two builds: same measures, scores and order)")

/// FNV-1a over every field of every score, in order: a faster build must print the same.
func digest(_ scores: ScoredCustomers) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    func mix(_ bytes: some Sequence<UInt8>) { for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 } }
    func mix(_ value: Int64) { withUnsafeBytes(of: value.littleEndian) { mix($0) } }
    for score in scores {
        let measures = score.measures
        mix(measures.userKey.utf8)
        for value in [measures.recencyDays, measures.frequency, Int(measures.monetaryCents), measures.tenureDays] { mix(Int64(value)) }
        mix(measures.firstPurchaseAt)
        mix(measures.lastPurchaseAt)
        mix(measures.emailSHA256?.description.utf8 ?? "-".utf8)
        for value in [score.recencyScore, score.frequencyScore, score.monetaryScore, score.rfmScore] { mix(Int64(value)) }
        mix(score.segment.utf8)
        mix(score.predictiveLTVCents)
    }
    return hash
}

/// The accumulator lives only here and is consumed by `finish()`, as in the job: a global copy
/// would keep every row alive and the peak would not be the job's.
func accumulateAndFinish() throws -> MerchantMeasures {
    let accumulator = time("accumulate") { accumulate() }
    return try time("finish (measures)") { try (consume accumulator).finish() }
}

/// Rows as the reader hands them: borrowed bytes. Skewed frequencies (a third buy once).
/// A function, not top-level code: globals of main.swift are main-actor state, checked on each use.
func accumulate() -> EventAccumulator {
    var generator = Xoshiro(seed: 42)
    let kinds = [Array("purchase".utf8), Array("refund".utf8)]
    let currencies = [Array("USD".utf8), Array("EUR".utf8), Array("GBP".utf8), Array("CAD".utf8)]
    var accumulator = EventAccumulator(window: ScoringWindow(asOf: asOf, days: 365), settings: .default, rates: .seed)
    var idBytes = [UInt8](repeating: 0, count: 16), keyBytes = [UInt8](repeating: 0, count: 12)
    var emailBytes = Array("customer0000000@example.com".utf8)
    for index in 0..<events {
        // a third of customers appear once; the rest share the other rows
        let customer = index < customers / 3 ? index : customers / 3 + Int(generator.next() % UInt64(customers - customers / 3))
        let idCount = write(index, into: &idBytes, prefix: "e")
        let keyCount = write(customer, into: &keyBytes, prefix: "c")
        let instant = asOf.startUnixMicroseconds - 1 - Int64(generator.next() % UInt64(twoYears))
        let kind = generator.next() % 33 == 0 ? 1 : 0
        let currency = Int(generator.next() % 100) < 70 ? 0 : Int(generator.next() % 3) + 1
        let hasEmail = customer % 2 == 0
        _ = write(customer, into: &emailBytes, prefix: "customer", width: 7)
        idBytes.withUnsafeBytes { id in
            keyBytes.withUnsafeBytes { key in
                emailBytes.withUnsafeBytes { email in
                    kinds[kind].withUnsafeBytes { kindBytes in
                        currencies[currency].withUnsafeBytes { currencyBytes in
                            accumulator.add(EventRow(
                                eventID: UnsafeRawBufferPointer(rebasing: id[0..<idCount]),
                                userKey: UnsafeRawBufferPointer(rebasing: key[0..<keyCount]),
                                email: hasEmail ? email : nil, occurredAt: .unixMicroseconds(instant),
                                amount: .cents(Int64(500 + generator.next() % 20_000)), currency: currencyBytes, kind: kindBytes
                            ))
                        }
                    }
                }
            }
        }
    }
    return accumulator
}

/// Writes `prefix` + zero-padded decimal `value` into `buffer`; returns the length.
func write(_ value: Int, into buffer: inout [UInt8], prefix: String, width: Int = 9) -> Int {
    var position = 0
    for byte in prefix.utf8 { buffer[position] = byte; position += 1 }
    var digits = value
    for index in stride(from: position + width - 1, through: position, by: -1) {
        buffer[index] = UInt8(48 + digits % 10)
        digits /= 10
    }
    return position + width
}

/// A small fast generator (xoshiro256**), seeded, so runs compare.
struct Xoshiro {
    var state: (UInt64, UInt64, UInt64, UInt64)
    init(seed: UInt64) {
        var x = seed
        func next() -> UInt64 { x &+= 0x9E37_79B9_7F4A_7C15; var z = x; z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9; z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB; return z ^ (z >> 31) }
        state = (next(), next(), next(), next())
    }
    mutating func next() -> UInt64 {
        let result = ((state.1 &* 5) << 7 | (state.1 &* 5) >> 57) &* 9
        let t = state.1 << 17
        state.2 ^= state.0; state.3 ^= state.1; state.1 ^= state.2; state.0 ^= state.3; state.2 ^= t
        state.3 = state.3 << 45 | state.3 >> 19
        return result
    }
}
