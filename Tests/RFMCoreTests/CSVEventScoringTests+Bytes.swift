import Testing
@testable import RFMCore

/// SPEC §7 in `score`: bytes that are no UTF-8 text refuse the file.
extension CSVEventScoringTests {
    static let header = "merchant_id,event_id,user_key,email,occurred_at,amount,currency,kind,note\n"

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
