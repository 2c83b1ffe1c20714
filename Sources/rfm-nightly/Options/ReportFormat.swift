import ArgumentParser
import Logging
import PostgresClient
import RFMJob

/// `--format` values.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, html
}
