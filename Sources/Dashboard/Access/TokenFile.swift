import Foundation
import RFMJob

/// The `--tokens FILE` format: one token a line, `TOKEN merchant-a,merchant-b` or `TOKEN *`,
/// `#` comments and blank lines ignored. A malformed line refuses the whole file, naming the
/// line, so that a typo never quietly grants less (or more) than meant. Tokens come from a file,
/// never the command line, where `ps` would show them.
public enum TokenFile {
    public struct Entry: Sendable, Equatable {
        public var token: String
        public var grant: MerchantGrant
    }

    /// Shortest token accepted: a guessable one is a password anyone can try.
    public static let minimumTokenLength = 16

    public static func load(path: String) throws -> [Entry] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw JobFailure(.configuration, "tokens file \(path): cannot be read (\((error as NSError).localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw JobFailure(.configuration, "tokens file \(path): not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws -> [Entry] {
        var entries: [Entry] = []
        var seen = Set<String>()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            func refuse(_ problem: String) -> JobFailure {
                JobFailure(.configuration, "tokens file \(path) line \(index + 1): \(problem)")
            }
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let content = line.trimmingCharacters(in: .whitespaces)
            if content.isEmpty || content.hasPrefix("#") { continue }
            let fields = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count == 2 else {
                throw refuse(fields.count == 1
                    ? "a token needs the merchants it may see after it (TOKEN merchant-a,merchant-b or TOKEN *)"
                    : "expected TOKEN and one comma-separated list of merchants, found \(fields.count) fields")
            }
            let token = String(fields[0])
            guard token.count >= minimumTokenLength else { throw refuse("the token is shorter than \(minimumTokenLength) characters") }
            guard token.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 32 && $0.value < 127 }) else {
                throw refuse("the token must be printable ASCII")
            }
            guard seen.insert(token).inserted else { throw refuse("the token is listed twice") }
            let merchants = fields[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if merchants == ["*"] {
                entries.append(Entry(token: token, grant: .every))
            } else {
                guard !merchants.contains("") else { throw refuse("an empty merchant id in \"\(fields[1])\"") }
                guard !merchants.contains("*") else { throw refuse("* stands alone: it already means every merchant") }
                entries.append(Entry(token: token, grant: .only(Set(merchants))))
            }
        }
        return entries
    }
}
