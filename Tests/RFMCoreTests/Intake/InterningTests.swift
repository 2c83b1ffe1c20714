import Testing
@testable import RFMCore

/// The storage under the hot loop: chunked bytes, interned strings, ids grouped by sorting.
@Suite struct InterningTests {
    static func bytes(_ text: String, _ body: (UnsafeRawBufferPointer) -> Void) {
        var text = text
        text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }

    @Test func stringsComeBackAcrossChunkEndsAndLongerThanAChunk() {
        var list = ByteStringList()
        var expected: [String] = []
        let long = String(repeating: "x", count: ChunkedBytes.chunkSize + 17)
        let longer = String(repeating: "y", count: 2 * ChunkedBytes.chunkSize + 1)
        for index in 0..<150_000 {
            let text = index == 70_000 ? long : index == 70_001 ? longer : index == 70_002 ? "" : "key-\(index)-" + String(repeating: "k", count: index % 23)
            expected.append(text)
            Self.bytes(text) { list.append($0) }
        }
        #expect(list.count == expected.count)
        for index in stride(from: 0, to: expected.count, by: 1) where index % 97 == 0 || (69_990...70_010).contains(index) {
            #expect(list.withBytes(index) { String(decoding: $0, as: UTF8.self) } == expected[index], "\(index)")
        }
    }

    @Test func eventIDsComeBackThroughTheSparseIndex() {
        var list = EventIDList()
        var expected: [String] = []
        let long = String(repeating: "x", count: EventIDList.chunkSize + 17)
        for index in 0..<150_000 {
            // lengths below and above 127 (a two-byte length), empty ids, one longer than a chunk
            let text = index == 70_000 ? long : index % 1000 == 3 ? "" : index % 501 == 0 ? String(repeating: "L", count: 130 + index % 200)
                : "ord-\(index)-" + String(repeating: "k", count: index % 23)
            expected.append(text)
            Self.bytes(text) { list.append($0) }
        }
        #expect(list.count == expected.count)
        // every row: blocks of 64 cross chunk ends here and there, and the long id has its own chunk
        var wrong = 0
        for index in expected.indices where list.withBytes(index, { String(decoding: $0, as: UTF8.self) }) != expected[index] {
            wrong += 1
        }
        #expect(wrong == 0)
    }

    @Test func theTableInternsEachStringOnceThroughGrowth() throws {
        var table = ByteStringTable(expectedCount: 4)
        var dictionary: [String: Int] = [:]
        for round in 0..<3 {
            for index in 0..<60_000 {
                let key = index % 5 == 0 ? "a-much-longer-customer-key-number-\(index)" : "c\(index)"
                Self.bytes(key) { bytes in
                    let (found, inserted) = table.intern(bytes)
                    if round == 0 {
                        #expect(inserted)
                        dictionary[key] = found
                    } else {
                        #expect(!inserted && dictionary[key] == found)
                    }
                }
            }
        }
        #expect(table.count == 60_000)
        #expect(dictionary.count == 60_000)
        let c7 = try #require(dictionary["c7"]), c11 = try #require(dictionary["c11"]), c9 = try #require(dictionary["c9"])
        #expect(table.string(c7) == "c7")
        #expect(KeyOrder.sorted(table.strings) { $0 == c11 || $0 == c9 } == [c11, c9])  // byte order: "c1…" < "c9"
    }

    @Test func groupsEqualIdsExactly() {
        var ids = EventIDList()
        var tags = ChunkedColumn<UInt32>()
        var texts: [String] = []
        for index in 0..<40_000 {
            // every 7th row repeats an earlier id, and keys of several lengths mix
            let text = index % 7 == 6 ? texts[index / 3] : "event-\(index)" + (index % 3 == 0 ? "-tail" : "")
            texts.append(text)
            Self.bytes(text) { bytes in
                ids.append(bytes)
                tags.append(EventIDGroups.tag(bytes))
            }
        }
        let (numbers, count) = EventIDGroups.groupNumbers(ids: ids, tags: tags)
        #expect(count == Set(texts).count)
        var numberOf: [String: UInt32] = [:]
        for (row, text) in texts.enumerated() {
            if let known = numberOf[text] { #expect(numbers[row] == known, "\(text)") } else { numberOf[text] = numbers[row] }
        }
        #expect(Set(numberOf.values).count == count)  // distinct ids, distinct numbers
        var repeated: [[Int]] = []
        EventIDGroups.forEachRepeated(ids: ids, tags: tags) { repeated.append($0) }
        let expected = Dictionary(grouping: texts.indices, by: { texts[$0] }).values.filter { $0.count > 1 }.map { $0.sorted() }
        #expect(Set(repeated) == Set(expected))
    }

    @Test func shortKeysCompareLikeMemcmp() {
        let samples = ["", "a", "abcdefg", "abcdefgh", "abcdefgH", "abcdefghijklmnop", "abcdefghijklmnoP", "abcdefghijklmnopq", "bbcdefghijklmnop"]
        for a in samples {
            for b in samples {
                Self.bytes(a) { left in Self.bytes(b) { right in #expect(ByteStringTable.equal(left, right) == (a == b), "\(a) \(b)") } }
            }
        }
    }
}
