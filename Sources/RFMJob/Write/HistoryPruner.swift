import Logging
import PostgresClient
import RFMCore

/// Drops whole partitions of `customer_ltv_history` (a day each; a month each for months
/// written before migration 040) that end on or before a cutoff date: a partition goes only
/// when every one of its days is older than the history kept.
public struct HistoryPruner {
    let connection: Connection
    let logger: Logger

    public init(connection: Connection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    public struct Partition: Sendable, Equatable {
        public let name: String
        public let from: CivilDate
        /// Exclusive.
        public let to: CivilDate
        /// Table and indexes on disk, as PostgreSQL prints it ("1234 MB").
        public let size: String
    }

    /// Every history partition, oldest first.
    public func partitions() throws -> [Partition] {
        let result = try connection.execute("""
            SELECT c.relname,
                   substring(pg_get_expr(c.relpartbound, c.oid) FROM 'FROM \\(''([0-9-]+)''\\)'),
                   substring(pg_get_expr(c.relpartbound, c.oid) FROM 'TO \\(''([0-9-]+)''\\)'),
                   pg_size_pretty(pg_total_relation_size(c.oid))
            FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'customer_ltv_history'::regclass
            ORDER BY 2
            """)
        return result.rows.compactMap { row in
            guard let name = row[0], let from = row[1].flatMap(CivilDate.init(iso:)), let to = row[2].flatMap(CivilDate.init(iso:))
            else { return nil }
            return Partition(name: name, from: from, to: to, size: row[3] ?? "?")
        }
    }

    /// Drops the partitions holding only dates before `keepFrom`; returns them.
    @discardableResult
    public func prune(keepFrom: CivilDate, dryRun: Bool) throws -> [Partition] {
        let old = try partitions().filter { $0.to <= keepFrom }
        guard !dryRun else { return old }
        for partition in old {
            try connection.execute("DROP TABLE \(try connection.quoteIdentifier(partition.name))")
            logger.info("history partition dropped", metadata: [
                "partition": "\(partition.name)", "from": "\(partition.from)", "to": "\(partition.to)",
            ])
        }
        return old
    }
}
