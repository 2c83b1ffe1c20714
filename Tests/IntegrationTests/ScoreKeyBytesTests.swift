import Foundation
import Testing

/// `rfm-nightly score` and SPEC §7, run as a person would: a file with bytes PostgreSQL would not
/// take as text is refused before anything is written. No server needed.
@Suite struct ScoreKeyBytesTests {
    static let header = "merchant_id,event_id,user_key,email,occurred_at,amount,currency,kind\n"

    static func directory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appending(path: "rfm-score-bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
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
