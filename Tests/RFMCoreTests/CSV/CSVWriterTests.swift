import Testing
@testable import RFMCore

@Suite struct CSVWriterTests {
    static func line(_ build: (inout CSVWriter) -> Void, guarded: Bool = true) -> String {
        var writer = CSVWriter(formulaGuard: guarded)
        build(&writer)
        return String(decoding: writer.drain(), as: UTF8.self)
    }

    @Test func quotesOnlyWhatRFC4180Requires() {
        #expect(Self.line { $0.record(["plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "", nil, "zoë"]) }
            == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\"\",,zoë\r\n")
    }

    /// OWASP's list: cells a spreadsheet would evaluate get a leading apostrophe.
    @Test(arguments: [
        ("=1+2", "'=1+2"),
        ("+4477001122", "'+4477001122"),
        ("-42", "'-42"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\tindented", "'\tindented"),
        ("\rreturn", "\"'\rreturn\""),
        ("=HYPERLINK(\"http://evil.example\",\"x\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""),
        ("a=b", "a=b"),
        (" =padded", " =padded"),
    ])
    func guardsCellsThatStartLikeAFormula(value: String, written: String) {
        #expect(Self.line { $0.text(value) } == written)
    }

    @Test func numbersAndTheUnguardedModeAreWrittenAsIs() {
        #expect(Self.line { $0.number("-5.00"); $0.text("=x"); $0.endRecord() } == "-5.00,'=x\r\n")
        #expect(Self.line({ $0.text("=x"); $0.text("-1"); $0.endRecord() }, guarded: false) == "=x,-1\r\n")
    }

    /// What the writer writes, the reader reads back (less the guard's apostrophe, by design).
    @Test func roundTripsThroughTheReader() throws {
        let values: [String?] = ["a,b", "say \"hi\"", "two\r\nlines", "", nil, "ünïcödé", "x"]
        let text = Self.line({ $0.record(values); $0.record(values) }, guarded: false)
        #expect(try CSVReaderTests.read(text) == [values, values])
    }
}
