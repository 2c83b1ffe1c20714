import ArgumentParser

/// `--summary`: what `run` and `backfill` print on stdout.
enum SummaryMode: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// A dozen lines for the whole run, however many merchants (the default).
    case fleet
    /// A block per merchant, as each finishes.
    case merchants
}
