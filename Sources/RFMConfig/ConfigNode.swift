import Yams

/// One node of the configuration file, with the key path that leads to it and the line of its
/// key, so that every problem found in it can be reported as one line naming both. Scalars are
/// read as the text written: "0.10" stays "0.10", `NO` stays "NO" (no YAML 1.1 guessing).
struct ConfigNode {
    let node: Node
    /// "defaults.weights.recency"; "" for the root.
    let path: String
    /// Where the key that holds this value is (for list items: the item itself).
    let line: Int?
    let file: String

    func error(_ problem: String, line: Int? = nil) -> ConfigError {
        ConfigError(location: file, line: line ?? self.line, key: path.isEmpty ? nil : path, problem: problem)
    }

    /// An explicit YAML null (`~`, `null`, or nothing after the colon).
    var isNull: Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The scalar's text; a list, a mapping or null is an error saying what was expected.
    func text(expected: String) throws -> String {
        guard case .scalar(let scalar) = node, !isNull else { throw error("must be \(expected), not \(kind)") }
        return scalar.string
    }

    /// The items of a list.
    func items(expected: String) throws -> [ConfigNode] {
        guard case .sequence(let sequence) = node else { throw error("must be \(expected), not \(kind)") }
        return sequence.enumerated().map { index, item in
            ConfigNode(node: item, path: "\(path)[\(index)]", line: item.mark?.line ?? line, file: file)
        }
    }

    /// The entries of a mapping in file order. With `allowed`, any other key is an error naming
    /// it (a typo must never be silently ignored), with a suggestion when one is close.
    func entries(expected: String = "a mapping of keys to values", allowed: [String]? = nil) throws -> [(key: String, value: ConfigNode)] {
        guard case .mapping(let mapping) = node else { throw error("must be \(expected), not \(kind)") }
        return try mapping.map { keyNode, value in
            let keyLine = keyNode.mark?.line ?? line
            guard case .scalar(let keyScalar) = keyNode else {
                throw ConfigError(location: file, line: keyLine, key: path.isEmpty ? nil : path, problem: "keys must be plain text")
            }
            let key = keyScalar.string
            let childPath = path.isEmpty ? key : "\(path).\(key)"
            if let allowed, !allowed.contains(key) {
                var problem = "unknown key"
                if let suggestion = Self.closest(to: key, in: allowed) { problem += " (did you mean \(suggestion)?)" }
                problem += "; allowed here: " + allowed.joined(separator: ", ")
                throw ConfigError(location: file, line: keyLine, key: childPath, problem: problem)
            }
            return (key, ConfigNode(node: value, path: childPath, line: keyLine, file: file))
        }
    }

    /// What the node is, for messages.
    var kind: String {
        switch node {
        case .scalar: isNull ? "empty (null)" : "a single value"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// The allowed key within edit distance 2 of a misspelt one, if exactly one is closest.
    static func closest(to key: String, in allowed: [String]) -> String? {
        let scored = allowed.map { ($0, editDistance(Array(key.lowercased()), Array($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
        return scored.filter { $0.1 == best.1 }.count == 1 ? best.0 : nil
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
