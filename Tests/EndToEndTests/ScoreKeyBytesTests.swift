import Foundation
import Testing

/// `rfm-nightly score` and SPEC §7, run as a person would: keys are their bytes, and a file with
/// bytes PostgreSQL would not take as text is refused before anything is written. No server needed.
@Suite struct ScoreKeyBytesTests {
    static let nfc = "caf\u{E9}", nfd = "cafe\u{301}"
    static let joseNFC = "jos\u{E9}", joseNFD = "jose\u{301}"
    static let header = "merchant_id,event_id,user_key,email,occurred_at,amount,currency,kind\n"

    static func directory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appending(path: "rfm-score-bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// (merchant_id, user_key, frequency, monetary) of each output row, as bytes: String's ==
    /// would call both spellings equal.
    static func keyColumns(_ csv: String) -> [[[UInt8]]] {
        csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { row in
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            return [fields[0], fields[1], fields[5], fields[6]].map { Array($0.utf8) }
        }
    }

    static func row(_ fields: String...) -> [[UInt8]] { fields.map { Array($0.utf8) } }

    @Test func equivalentSpellingsAreDifferentMerchantsAndCustomers() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appending(path: "events.csv")
        try Data((Self.header + """
            \(Self.nfc),e1,\(Self.joseNFC),,2026-11-01,10.00,USD,purchase
            \(Self.nfd),e1,\(Self.joseNFC),,2026-11-02,20.00,USD,purchase
            \(Self.nfc),e2,\(Self.joseNFD),,2026-11-03,30.00,USD,purchase
            \(Self.nfc),e3,\(Self.joseNFC),,2026-11-04,40.00,USD,purchase

            """).utf8).write(to: input)
        let all = try BinaryRunner.run(["score", "--input", input.path, "--as-of", "2026-11-24"])
        #expect(all.status == 0, "\(all.stderr)")
        // By merchant bytes (NFD's 0x65 before NFC's 0xc3), then user-key bytes.
        #expect(Self.keyColumns(all.stdout) == [
            Self.row(Self.nfd, Self.joseNFC, "1", "20.00"),
            Self.row(Self.nfc, Self.joseNFD, "1", "30.00"),
            Self.row(Self.nfc, Self.joseNFC, "2", "50.00"),
        ])
        let composed = try BinaryRunner.run(["score", "--input", input.path, "--as-of", "2026-11-24", "--merchant", Self.nfc])
        #expect(Self.keyColumns(composed.stdout) == [Self.row(Self.nfc, Self.joseNFD, "1", "30.00"), Self.row(Self.nfc, Self.joseNFC, "2", "50.00")])
        let decomposed = try BinaryRunner.run(["score", "--input", input.path, "--as-of", "2026-11-24", "--merchant", Self.nfd])
        #expect(Self.keyColumns(decomposed.stdout) == [Self.row(Self.nfd, Self.joseNFC, "1", "20.00")])
    }

    @Test func bytesThatAreNotUTF8RefuseTheFileAndWriteNothing() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appending(path: "events.csv"), output = directory.appending(path: "scores.csv")
        var bytes = Array(Self.header.utf8)
        bytes += Array("m".utf8) + [0xFF] + Array(",e1,u1,,2026-11-01,10.00,USD,purchase\n".utf8)
        bytes += Array("m".utf8) + [0xFE] + Array(",e2,u1,,2026-11-02,20.00,USD,purchase\n".utf8)
        try Data(bytes).write(to: input)
        try "yesterday's scores\n".write(to: output, atomically: true, encoding: .utf8)
        let message = "rfm-nightly: line 2, column merchant_id: byte 0xFF at position 2 is not UTF-8 (PostgreSQL's COPY refuses it too)"

        let toFile = try BinaryRunner.run(["score", "--input", input.path, "--as-of", "2026-11-24", "--output", output.path])
        #expect(toFile.status == 65)
        #expect(toFile.messages == [message])
        #expect(toFile.stdout.isEmpty)
        #expect(try String(contentsOf: output, encoding: .utf8) == "yesterday's scores\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["events.csv", "scores.csv"])

        let toStdout = try BinaryRunner.run(["score", "--input", input.path, "--as-of", "2026-11-24"])
        #expect(toStdout.status == 65)
        #expect(toStdout.messages == [message])
        #expect(toStdout.stdout.isEmpty)
    }
}
