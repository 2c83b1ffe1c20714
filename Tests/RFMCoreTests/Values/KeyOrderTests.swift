import Testing
@testable import RFMCore

/// `KeyOrder` sorts eight bytes at a time; the order must be plain byte-wise order ("C").
@Suite struct KeyOrderTests {
    static func list(_ keys: [[UInt8]]) -> ByteStringList {
        var list = ByteStringList()
        for key in keys { key.withUnsafeBytes { list.append($0) } }
        return list
    }

    static func byteOrder(_ keys: [[UInt8]], _ customers: [Int]) -> [Int] {
        customers.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
    }

    @Test func prefixesZeroBytesAndLengths() {
        let keys: [[UInt8]] = [
            [], [0], [0, 0], Array("abcdefgh".utf8), Array("abcdefgh".utf8) + [0], Array("abcdefgh".utf8) + [0, 1],
            Array("abcdefgh".utf8) + [1], Array("abcdefg".utf8), Array("abcdefgi".utf8), [0xFF], [0xFF, 0],
            Array("c000000001".utf8), Array("c000000010".utf8), Array("c00000001".utf8), Array("ÉLODIE".utf8),
        ]
        let everyone = KeyOrder.sorted(Self.list(keys)) { _ in true }
        #expect(everyone == Self.byteOrder(keys, Array(keys.indices)))
        let some = KeyOrder.sorted(Self.list(keys)) { $0 % 3 != 0 }
        #expect(some == Self.byteOrder(keys, keys.indices.filter { $0 % 3 != 0 }))
    }

    /// Numbered keys share long prefixes (many rounds of ties); some share more than the depth
    /// at which whole keys are compared.
    @Test func manyKeysWithSharedPrefixes() {
        var random = SplitMix64(state: 11)
        let longPrefix = String(repeating: "tenant-0042/", count: 6)
        let keys: [[UInt8]] = (0..<60_000).map { index in
            switch random.next() % 4 {
            case 0: Array("c\(String(random.next() % 1_000_000))".utf8)
            case 1: Array("user_\(index)".utf8)
            case 2: Array("\(longPrefix)\(random.next() % 5000)".utf8) + (random.next() % 2 == 0 ? [0] : [])
            default: (0..<Int(random.next() % 20)).map { _ in UInt8(random.next() % 3) }
            }
        }
        // Keys are interned, so distinct: keep each first copy.
        var seen = Set<[UInt8]>()
        let distinct = keys.filter { seen.insert($0).inserted }
        #expect(KeyOrder.sorted(Self.list(distinct)) { _ in true } == Self.byteOrder(distinct, Array(distinct.indices)))
    }
}
