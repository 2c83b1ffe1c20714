import Testing
@testable import RFMCore

/// SPEC §7 in `score`: keys are their bytes, and bytes that are no UTF-8 text refuse the file.
extension CSVEventScoringTests {
    static let header = "merchant_id,event_id,user_key,email,occurred_at,amount,currency,kind,note\n"
    static let nfc = "caf\u{E9}", nfd = "cafe\u{301}"            // 63 61 66 c3 a9 and 63 61 66 65 cc 81
    static let joseNFC = "jos\u{E9}", joseNFD = "jose\u{301}"

    /// Compared as bytes: Swift's == says the NFC and NFD spellings are equal.
    static func bytes(_ texts: [String]) -> [[UInt8]] { texts.map { Array($0.utf8) } }

    /// Both spellings of a merchant, a customer and an event id: all different, in byte order.
    static let equivalentKeys = header + """
        \(nfc),e1,\(joseNFC),,2026-11-01,10.00,USD,purchase,
        \(nfd),e1,\(joseNFC),,2026-11-02,20.00,USD,purchase,
        \(nfc),e2,\(joseNFD),,2026-11-03,30.00,USD,purchase,
        \(nfc),e3,\(joseNFC),,2026-11-04,40.00,USD,purchase,
        \(nfc),\u{E9}4,\(joseNFC),,2026-11-05,1.00,USD,purchase,
        \(nfc),e\u{301}4,\(joseNFC),,2026-11-05,2.00,USD,purchase,

        """

    @Test func canonicallyEquivalentKeysStayApartInByteOrder() throws {
        let (_, results) = try Self.score(Self.equivalentKeys)
        // NFD's 0x65 sorts before NFC's 0xc3.
        #expect(Self.bytes(results.map(\.merchant)) == Self.bytes([Self.nfd, Self.nfc]))
        let decomposed = try #require(results.first), composed = try #require(results.last)
        #expect(Self.bytes(decomposed.scores.map(\.userKey)) == Self.bytes([Self.joseNFC]))
        #expect(decomposed.scores.map(\.measures.frequency) == [1])
        #expect(decomposed.scores.map(\.measures.monetaryCents) == [2000])
        #expect(Self.bytes(composed.scores.map(\.userKey)) == Self.bytes([Self.joseNFD, Self.joseNFC]))
        // josé (NFC): e1, e3 and the two spellings of é4, none of them a repeat of another.
        #expect(composed.scores.map(\.measures.frequency) == [1, 4])
        #expect(composed.scores.map(\.measures.monetaryCents) == [3000, 5300])
        #expect(composed.quality.duplicatesIgnored == 0 && composed.quality.skippedTotal == 0)
    }

    @Test(arguments: [(nfc, 1), (nfd, 5)])
    func theMerchantFilterSelectsOneSpelling(merchant: String, otherRows: Int) throws {
        let (scoring, results) = try Self.score(Self.equivalentKeys, merchants: [merchant])
        #expect(Self.bytes(results.map(\.merchant)) == Self.bytes([merchant]))
        #expect(scoring.otherMerchantRows == otherRows)
        let both = try Self.score(Self.equivalentKeys, merchants: [Self.nfc, Self.nfd]).1
        #expect(Self.bytes(both.map(\.merchant)) == Self.bytes([Self.nfd, Self.nfc]))
    }

    static func csv(_ lines: [UInt8]...) -> [UInt8] { Array(header.utf8) + lines.flatMap { $0 + [0x0A] } }
    static func line(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test(arguments: [
        // The two merchants, which U+FFFD would have merged.
        (csv(line("m") + [0xFF] + line(",e1,u,,2026-11-01,1.00,USD,purchase,"), line("m") + [0xFE] + line(",e2,u,,2026-11-01,1.00,USD,purchase,")),
         "line 2, column merchant_id: byte 0xFF at position 2 is not UTF-8 (PostgreSQL's COPY refuses it too)"),
        (csv(line("m,e1,u,,2026-11-01,1.00,USD,purchase,"), line("m,e2,u") + [0xFE] + line(",,2026-11-01,1.00,USD,purchase,")),
         "line 3, column user_key: byte 0xFE at position 2 is not UTF-8 (PostgreSQL's COPY refuses it too)"),
        // A column the scoring ignores is still text to COPY.
        (csv(line("m,e1,u,,2026-11-01,1.00,USD,purchase,n") + [0xC0, 0x80]),
         "line 2, column note: byte 0xC0 at position 2 is not UTF-8 (PostgreSQL's COPY refuses it too)"),
        // é cut in two by a comma: valid in the record's bytes, in neither field.
        (csv(line("caf") + [0xC3] + line(",") + [0xA9] + line("1,u,,2026-11-01,1.00,USD,purchase,")),
         "line 2, column merchant_id: byte 0xC3 at position 4 is not UTF-8 (PostgreSQL's COPY refuses it too)"),
        (csv(line("m,e1,u,a") + [0x00] + line("@x.test,2026-11-01,1.00,USD,purchase,")),
         "line 2, column email: a NUL byte at position 2 (PostgreSQL's COPY refuses it too)"),
        // A quoted field across lines: the record's first line is named.
        (csv(line("m,e1,\"u\nv") + [0xED, 0xA0, 0x80] + line("\",,2026-11-01,1.00,USD,purchase,")),
         "line 2, column user_key: byte 0xED at position 4 is not UTF-8 (PostgreSQL's COPY refuses it too)"),
        (line("merchant_id,ev") + [0xFF] + line("ent_id,user_key,email,occurred_at,amount,currency,kind\n"),
         "line 1, column 2 of the header: byte 0xFF at position 3 is not UTF-8 (PostgreSQL's COPY refuses it too)"),
    ] as [([UInt8], String)])
    func bytesThatAreNoTextRefuseTheFile(csv: [UInt8], message: String) throws {
        for chunk in [1, 7, .max] {
            let error = try #require(throws: InvalidCSVText.self) { try Self.score(bytes: csv, chunk: chunk) }
            #expect(error.description == message)
        }
    }
}
