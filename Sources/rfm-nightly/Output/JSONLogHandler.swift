import Foundation
import Logging
import RFMConfig

/// One JSON object per line on stderr: {"ts", "level", "msg", then metadata with dotted keys}.
/// stdout stays free for what the user asked to see.
struct JSONLogHandler: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    let output: FileHandleOutput

    init(level: Logger.Level, output: FileHandleOutput = .standardError) {
        logLevel = level
        self.output = output
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var fields: [(String, String)] = [
            ("ts", Self.timestamp()),
            ("level", event.level.rawValue),
            ("msg", event.message.description),
        ]
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            fields.append((key, value.description))
        }
        let line = fields.map { "\(Self.quote($0.0)):\(Self.quote($0.1))" }.joined(separator: ",")
        ProgressLine.clear()
        output.write("{" + line + "}\n")
    }

    static func timestamp() -> String {
        Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }

    /// A JSON string literal.
    static func quote(_ text: String) -> String { CanonicalJSON.quoted(text) }
}
