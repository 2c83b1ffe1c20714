import ArgumentParser

enum ChangesFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, jsonl
}
