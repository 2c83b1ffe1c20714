import ArgumentParser

/// `--format text|json` of `fit` and `backtest`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
