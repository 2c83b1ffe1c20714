import Testing
@testable import RFMCore

/// RFC 4180 records, with PostgreSQL's CSV rules where the RFC is silent.
@Suite struct CSVReaderTests {
    /// Reads `text` in pieces of `chunk` bytes; each record as its fields' text (nil = NULL).
    static func read(_ text: String, chunk: Int = .max) throws -> [[String?]] {
        var reader = CSVReader()
        var records: [[String?]] = []
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            try bytes[start..<end].withUnsafeBytes { try reader.consume($0) { records.append($0.texts) } }
            start = end
        }
        try reader.finish { records.append($0.texts) }
        return records
    }

    static let sample = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,\"\",plain\rlast,row,\"end\""
    static let sampleRecords: [[String?]] = [
        ["a", "b", "c"],
        ["x, y", "say \"hi\"", "two\nlines"],
        [nil, "", "plain"],
        ["last", "row", "end"],
    ]

    @Test func quotesEscapesAndEveryLineEnding() throws {
        #expect(try Self.read(Self.sample) == Self.sampleRecords)
    }

    /// A record, a quote or a CRLF split across chunks reads the same: the file streams.
    @Test(arguments: [1, 2, 3, 5, 7, 64])
    func anyChunkingReadsTheSame(chunk: Int) throws {
        #expect(try Self.read(Self.sample, chunk: chunk) == Self.sampleRecords)
    }

    @Test func anUnquotedEmptyFieldIsNullAQuotedOneIsEmpty() throws {
        #expect(try Self.read(",\"\",x,\n") == [[nil, "", "x", nil]])
    }

    @Test func blankLinesAreSkippedButAQuotedEmptyLineIsARecord() throws {
        #expect(try Self.read("a\n\n\r\nb\n\"\"\n") == [["a"], ["b"], [""]])
    }

    /// As COPY reads it: a quote opens a quoted stretch anywhere in a field.
    @Test func aQuoteInsideAFieldOpensAQuotedStretch() throws {
        #expect(try Self.read("ab\"c,d\"e,f\n") == [["abc,de", "f"]])
    }

    @Test func aByteOrderMarkIsDroppedOnlyAtTheStart() throws {
        #expect(try Self.read("\u{FEFF}a,b\n\u{FEFF}c\n") == [["a", "b"], ["\u{FEFF}c"]])
        #expect(try Self.read("\u{FEFF}a,b\n", chunk: 1) == [["a", "b"]])
        // The first bytes of a mark that turns out not to be one are data.
        var reader = CSVReader()
        var fields: [[UInt8]] = []
        let bytes: [UInt8] = [0xEF, 0xBB, 0x78, 0x0A]
        try bytes.withUnsafeBytes { try reader.consume($0) { fields.append(Array($0.field(0)!)) } }
        #expect(fields == [[0xEF, 0xBB, 0x78]])
    }

    @Test func recordsKnowTheLineTheyStartOn() throws {
        var reader = CSVReader()
        var lines: [Int] = []
        try Array("a\n\"b\nc\"\nd\r\ne".utf8).withUnsafeBytes { try reader.consume($0) { lines.append($0.line) } }
        try reader.finish { lines.append($0.line) }
        #expect(lines == [1, 2, 4, 5])
    }

    @Test func anUnclosedQuoteIsAnError() throws {
        let error = try #require(throws: CSVReader.MalformedCSV.self) { try Self.read("a,b\n\"open,\nstill open\n") }
        #expect(error == CSVReader.MalformedCSV(line: 2, reason: "a quoted field is not closed before the end of the file"))
        #expect(error.description == "malformed CSV at line 2: a quoted field is not closed before the end of the file")
    }
}
