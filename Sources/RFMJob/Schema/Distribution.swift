import Logging
import PostgresClient
import RFMCore

/// The job's tables on a Citus cluster (`rfm-nightly migrate --distribute`, docs/SCALING.md).
///
/// * `customer_ltv`, `customer_ltv_history` and `segment_transitions` are distributed by
///   `merchant_id` and co-located with each other: a merchant's current state, history and
///   changes live in the same shard group, so a batch's writes and `changes` or `customer`'s
///   joins stay on one worker per merchant. They cannot be co-located with the source: their
///   keys are `COLLATE "C"` (SPEC §7) and a source's usually are not, and Citus co-locates
///   only columns of the same type and collation.
/// * `purchase_events`, when it is the table migration 001 made, is distributed by
///   `merchant_id` in a group of its own; a source that is the platform's own table or view is
///   the platform's to distribute.
/// * `fx_rates` is a reference table: small, read by every merchant, copied to every worker.
/// * The ledger (`rfm_runs`, `rfm_merchants`) and `schema_migrations` stay on the coordinator.
///   The ledger's liveness test takes the runs' advisory locks in its WHERE clause
///   (`RunLedger.abandonStale`): they live in the server that evaluates the query, which must
///   be the coordinator, where the job's sessions hold them. It is a few rows per merchant and
///   night, written in the same transaction as the results (Citus commits both atomically).
///   `schema_migrations` is read by every command before it starts and written by `migrate`
///   alone, which runs on the coordinator: distributing it would only add a hop.
/// * A large merchant gets no partition of its own (the swap of a staged partition is not
///   supported on distributed tables): every merchant's rows are replaced in place, in the
///   shared partition, by DELETE and COPY.
public struct Distribution {
    let connection: Connection
    let logger: Logger

    public init(connection: Connection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    /// The Citus version installed in this database, nil without Citus.
    public static func citusVersion(on connection: Connection) throws -> String? {
        try connection.execute("SELECT extversion FROM pg_extension WHERE extname = 'citus'").scalar
    }

    /// Whether the job's output tables are distributed (checked once per command).
    public static func isDistributed(on connection: Connection) throws -> Bool {
        guard try citusVersion(on: connection) != nil else { return false }
        return try connection.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'customer_ltv'::regclass)"
        ).scalar == "t"
    }

    /// Whether the relation of `oid` (the source catalog's) is a distributed table.
    static func isDistributed(relation oid: String, on connection: Connection) throws -> Bool {
        guard try citusVersion(on: connection) != nil else { return false }
        return try connection.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = $1::oid)", [oid]
        ).scalar == "t"
    }

    /// The shard of `customer_ltv` each merchant's rows live in (and, the shard counts being
    /// equal, of every co-located table and of the source): one query for the night.
    static func shards(of merchants: [String], on connection: Connection) throws -> [ByteKey: Int64] {
        guard !merchants.isEmpty else { return [:] }
        var shards: [ByteKey: Int64] = [:]
        for row in try connection.execute("""
            SELECT m, get_shard_id_for_distribution_column('customer_ltv', m)::text FROM unnest($1::text[]) m
            """, [PostgresArray.text(merchants)]).rows {
            if let merchant = row[0], let shard = row[1].flatMap({ Int64($0) }) { shards[ByteKey(merchant)] = shard }
        }
        return shards
    }

    /// The Citus version, or the one-line refusal of a database without it (exit 78).
    @discardableResult
    public static func requireCitus(on connection: Connection) throws -> String {
        guard let version = try citusVersion(on: connection) else {
            throw JobFailure(.configuration, "this database has no Citus extension: --distribute spreads the job's tables over a Citus cluster's workers (CREATE EXTENSION citus on its coordinator first); on plain PostgreSQL run migrate without it")
        }
        return version
    }

    /// The tables in the order they are distributed, and how.
    static let plan: [(table: String, call: String)] = [
        ("fx_rates", "SELECT create_reference_table('fx_rates')"),
        ("customer_ltv", "SELECT create_distributed_table('customer_ltv', 'merchant_id')"),
        ("customer_ltv_history", "SELECT create_distributed_table('customer_ltv_history', 'merchant_id', colocate_with => 'customer_ltv')"),
        ("segment_transitions", "SELECT create_distributed_table('segment_transitions', 'merchant_id', colocate_with => 'customer_ltv')"),
        ("purchase_events", "SELECT create_distributed_table('purchase_events', 'merchant_id', colocate_with => 'none')"),
    ]

    /// Distributes what is not distributed yet; returns the tables it distributed. Run after
    /// every migration is applied. Refused without Citus.
    public func distribute() throws -> [String] {
        let version = try Self.requireCitus(on: connection)
        let workers = Int(try connection.execute("SELECT count(*) FROM pg_dist_node WHERE noderole = 'primary' AND isactive AND groupid <> 0").scalar ?? "0") ?? 0
        guard workers > 0 else {
            throw JobFailure(.configuration, "this Citus coordinator has no worker nodes (SELECT citus_add_node(host, port)): nothing to distribute over")
        }
        // Large merchants' own partitions go back into the shared one: on Citus every merchant's
        // rows are replaced in place.
        _ = try Migrator(connection: connection, logger: logger).mergeSmallPartitions(smallerThan: Int.max)
        let left = try CurrentPartition.ownMerchants(on: connection)
        guard left.isEmpty else {
            // Their lock was held: a run of theirs is on. Distributing now would leave them a
            // partition that a distributed schema never swaps.
            throw JobFailure(.locked, "\(left.count) merchants still have a partition of their own (a run holds them: \(left.sorted().prefix(3).map(\.text).joined(separator: ", "))); run migrate --distribute again when the night is over")
        }
        // Every merchant's rows are in the shared partition here, a large one's too: the
        // dashboard's sort indexes, which elsewhere only own partitions have (migration 110),
        // go on it. Before `create_distributed_table`, which then builds them on every shard; a
        // schema distributed before 110 gets them through Citus's DDL propagation, or a warning.
        do {
            try connection.execute("SELECT rfm_add_sort_indexes('customer_ltv_shared'::regclass)")
        } catch let error as PostgresError {
            logger.warning("the dashboard's sort indexes were not added to customer_ltv_shared", metadata: ["error": "\(error.message)"])
        }
        var distributed: [String] = []
        for (table, call) in Self.plan {
            let state = try connection.execute("""
                SELECT to_regclass($1) IS NOT NULL, EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = to_regclass($1))
                """, [table])
            guard state.value(0, 0) == "t", state.value(0, 1) == "f" else { continue }
            if table == "purchase_events", try connection.execute("SELECT relkind::text FROM pg_class WHERE oid = 'purchase_events'::regclass").scalar != "r" {
                continue  // a view or a foreign table of the platform's: its to distribute
            }
            let started = ContinuousClock.now
            try connection.execute(call)
            logger.info("table distributed", metadata: [
                "table": "\(table)", "citus.version": "\(version)", "duration.ms": "\((ContinuousClock.now - started).milliseconds)",
            ])
            distributed.append(table)
        }
        return distributed
    }
}
