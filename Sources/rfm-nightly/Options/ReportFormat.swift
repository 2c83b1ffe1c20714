import ArgumentParser

/// `--format` values.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html
}
