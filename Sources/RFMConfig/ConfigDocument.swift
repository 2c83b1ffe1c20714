import Foundation
import RFMCore
import Yams

/// The configuration file, parsed and checked key by key (a whole-file check of the resulting
/// settings is `SettingsResolver`'s). YAML with three sections, all optional:
///
///     defaults:   { window_days: 365, scheme: tracklayer, … }   # every merchant
///     merchants:  { acme-outdoor: { window_days: 90 }, … }      # per merchant, over defaults
///     schemes:    { vip_first: { rules: [ … ] } }               # user-defined segment schemes
///
/// docs/rfm-nightly.example.yaml shows every key.
public struct ConfigDocument: Sendable {
    /// The path as given, for messages; "built-in" without a file.
    public var location: String
    public var defaults = SettingsLayer()
    /// Merchant sections in file order.
    public var merchants: [(id: String, layer: SettingsLayer)] = []
    /// User-defined schemes in file order.
    public var schemes: [SchemeDefinition] = []

    public init(location: String = "built-in") { self.location = location }

    /// No file: every setting at its built-in default.
    public static let empty = ConfigDocument()

    static let sections = ["defaults", "merchants", "schemes"]

    /// Reads and parses a file; an unreadable file is a `ConfigError` too.
    public static func load(path: String) throws -> ConfigDocument {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? "it cannot be read"
            throw ConfigError(location: path, problem: "cannot read the configuration file: \(reason)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(location: path, problem: "the configuration file is not UTF-8 text")
        }
        return try parse(yaml: text, location: path)
    }

    public static func parse(yaml: String, location: String) throws -> ConfigDocument {
        var document = ConfigDocument(location: location)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw Self.syntaxError(error, location: location)
        }
        guard let root else { return document }  // empty, or only comments
        let top = ConfigNode(node: root, path: "", line: root.mark?.line, file: location)
        if top.isNull { return document }
        for (key, value) in try top.entries(expected: "a mapping with defaults, merchants or schemes", allowed: sections) {
            switch key {
            case "defaults":
                document.defaults = try SettingsLayer.parse(value)
            case "merchants":
                if value.isNull { continue }
                for (merchant, section) in try value.entries(expected: "a mapping of merchant ids to settings") {
                    guard !merchant.isEmpty else { throw section.error("a merchant id must not be empty") }
                    document.merchants.append((merchant, try SettingsLayer.parse(section)))
                }
            default:
                if value.isNull { continue }
                for (name, definition) in try value.entries(expected: "a mapping of scheme names to schemes") {
                    document.schemes.append(try SchemeDefinition.parse(name: name, definition))
                }
            }
        }
        return document
    }

    /// A user-defined scheme, or a built-in one.
    public func scheme(named name: String) -> SegmentScheme? {
        schemes.first { $0.scheme.name == name }?.scheme ?? SegmentScheme.builtIn(named: name)
    }

    /// Every scheme name a setting may use: built-in first, then the file's.
    public var schemeNames: [String] { SegmentScheme.builtIn.map(\.name) + schemes.map(\.scheme.name) }

    /// YAML syntax errors as one line: libyaml's problem and line, without the echo of the file.
    static func syntaxError(_ error: YamlError, location: String) -> ConfigError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return ConfigError(location: location, line: mark.line, problem: "YAML syntax: \(problem)\(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.joined(separator: ", ")
            // YAML compares keys as Swift strings, by canonical equivalence: two merchant ids that
            // differ only in normalisation (é as one code point or as e + accent) collide here.
            let why = duplicates.contains { !$0.unicodeScalars.allSatisfy(\.isASCII) }
                ? " (or two keys that differ only in Unicode normalisation, which a configuration file cannot tell apart)" : ""
            return ConfigError(location: location, line: context.mark.line, problem: "key \(keys) appears twice in one mapping\(why)")
        case .reader(let problem, _, _, _):
            return ConfigError(location: location, problem: "YAML: \(problem)")
        default:
            return ConfigError(location: location, problem: "YAML: \(error)")
        }
    }
}
