/// Array parameters as text (`$1::text[]`, `$1::bigint[]`): how a batch of merchants goes to the
/// server in one statement (`WHERE merchant_id = ANY($1::text[])`, `unnest($1::text[], …)`)
/// instead of one statement each.
public enum PostgresArray {
    /// `{"a","b\"c",NULL}`: every element quoted, `"` and `\` escaped, nil as NULL.
    public static func text<S: Sequence>(_ values: S) -> String where S.Element == String? {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        for value in values {
            if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
            guard let value else {
                bytes.append(contentsOf: "NULL".utf8)
                continue
            }
            bytes.append(quote)
            for byte in value.utf8 {
                if byte == quote || byte == backslash { bytes.append(backslash) }
                bytes.append(byte)
            }
            bytes.append(quote)
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func text<S: Sequence>(_ values: S) -> String where S.Element == String {
        text(values.lazy.map { Optional($0) })
    }

    /// `{1,2,3}` for integers (bigint[], integer[]).
    public static func integers<S: Sequence>(_ values: S) -> String where S.Element: BinaryInteger {
        "{" + values.map { String($0) }.joined(separator: ",") + "}"
    }
}
