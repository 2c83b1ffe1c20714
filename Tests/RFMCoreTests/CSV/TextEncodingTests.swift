import Testing
@testable import RFMCore

/// What PostgreSQL takes as UTF-8 text, byte by byte (Unicode's table 3-7, and no NUL).
@Suite struct TextEncodingTests {
    static func firstInvalid(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { TextEncoding.firstInvalidByte(in: $0) }
    }

    @Test(arguments: [
        ([UInt8]("plain ascii".utf8), nil),
        (Array("café e\u{301} 😀".utf8), nil),
        ([0xEF, 0xBF, 0xBF], nil),               // U+FFFF: a noncharacter, but valid
        ([0xF4, 0x8F, 0xBF, 0xBF], nil),         // U+10FFFF, the last code point
        ([0x6D, 0xFF], 1),                       // the m\xff
        ([0x6D, 0xFE], 1),
        ([0x61, 0x00, 0x62], 1),                 // NUL
        ([0xC0, 0x80], 0),                       // overlong NUL
        ([0xC1, 0xBF], 0),                       // overlong
        ([0xE0, 0x80, 0x80], 0),                 // overlong three-byte
        ([0xF0, 0x80, 0x80, 0x80], 0),           // overlong four-byte
        ([0xED, 0xA0, 0x80], 0),                 // a surrogate, U+D800
        ([0xF4, 0x90, 0x80, 0x80], 0),           // past U+10FFFF
        ([0xF5, 0x80, 0x80, 0x80], 0),
        ([0x61, 0x80], 1),                       // a lone continuation byte
        ([0x63, 0x61, 0x66, 0xC3], 3),           // cut before its end
        ([0xE2, 0x82, 0x41], 0),                 // a continuation missing
    ] as [([UInt8], Int?)])
    func findsTheFirstByteCOPYWouldRefuse(bytes: [UInt8], expected: Int?) {
        #expect(Self.firstInvalid(bytes) == expected)
    }

    /// Against Swift's own validation, on random byte strings biased towards UTF-8's edges.
    @Test func agreesWithSwiftsValidationOnRandomBytes() {
        var generator = SplitMix64(state: 7)
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            let bytes = (0..<Int(generator.next() % 6)).map { _ in interesting[Int(generator.next() % UInt64(interesting.count))] }
            let valid = String(validating: bytes, as: UTF8.self) != nil && !bytes.contains(0)
            #expect((Self.firstInvalid(bytes) == nil) == valid, "\(bytes)")
        }
    }

    /// The eight-byte steps and the tail: one odd byte anywhere in strings of 0…20 bytes.
    @Test func plainASCIIIsSeenInEveryPosition() {
        for length in 0...20 {
            let ascii = [UInt8](repeating: UInt8(ascii: "k"), count: length)
            #expect(ascii.withUnsafeBytes(TextEncoding.isPlainASCII))
            for position in 0..<length {
                for odd: UInt8 in [0x00, 0x80, 0xFF] {
                    var bytes = ascii
                    bytes[position] = odd
                    #expect(!bytes.withUnsafeBytes(TextEncoding.isPlainASCII), "\(odd) at \(position) of \(length)")
                }
            }
        }
        #expect([UInt8](0x01...0x7F).withUnsafeBytes(TextEncoding.isPlainASCII))
    }
}
