import ArgumentParser
import Logging
import PostgresClient
import RFMJob

enum ChangesFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, jsonl
}
