import PostgresClient
import RFMCore

/// How a night's merchants are run (issue 19): a large merchant on its own, as before (fresh
/// storage in a partition of its own, its current state built beside its history); the small
/// ones, most of a platform's, in batches of up to `batchMerchants` merchants and about
/// `batchRows` rows that share a source. Sizes are what each read last time (`rfm_merchants`);
/// merchants never run are counted in their source first, with one query.
struct NightPlan {
    enum Unit: Sendable {
        /// A merchant on its own, with the rows counted for it (never run before; else 0).
        case merchant(String, rows: Int64 = 0)
        case batch([String])

        var merchants: [String] {
            switch self {
            case .merchant(let merchant, _): [merchant]
            case .batch(let merchants): merchants
            }
        }
    }

    /// Largest first: the large merchants, then the batches, so that with `--jobs 2` the largest
    /// starts at once and the batches fill the other worker around it.
    let units: [Unit]

    static func make(context: JobContext, asOf: CivilDate, options: JobOptions, on connection: Connection) throws -> NightPlan {
        var rows: [ByteKey: Int64] = [:]
        var customers: [ByteKey: Int] = [:]
        for (merchant, record) in context.records {
            rows[merchant] = record.rowsRead
            customers[merchant] = record.customers
        }
        // Never run: count their rows (all merchants' on a first night, in one pass).
        let unknown = context.merchants.filter { rows[ByteKey($0)] == nil }
        if !unknown.isEmpty {
            var bySource: [ByteKey: [String]] = [:]
            for merchant in unknown {
                bySource[ByteKey(context.resolver.settings(for: merchant).source), default: []].append(merchant)
            }
            for (source, merchants) in bySource {
                guard let relation = try? context.sources[source]?.get() else { continue }  // fails on its own
                let everyone = merchants.count == context.merchants.count && !context.named
                for (merchant, count) in try relation.rowCounts(of: everyone ? nil : merchants, before: asOf, on: connection) {
                    rows[merchant] = count
                }
            }
        }
        var large: [(String, Int64)] = []
        var small: [ByteKey: [String]] = [:]
        for merchant in context.merchants {
            let key = ByteKey(merchant)
            let size = rows[key] ?? 0
            if context.ownPartitions.contains(key) || size >= options.batchRows || (customers[key] ?? 0) >= options.stageCurrentFrom {
                large.append((merchant, size))
            } else {
                small[ByteKey(context.resolver.settings(for: merchant).source), default: []].append(merchant)
            }
        }
        // On Citus, a batch is cut within one shard: every statement of it is then routed to one
        // worker's shard instead of going to all of them (a batch of 500 merchants spans every shard).
        let shards = context.distributed ? try Distribution.shards(of: small.values.flatMap { $0 }, on: connection) : [:]
        var batches: [(merchants: [String], rows: Int64)] = []
        for (_, merchants) in small.sorted(by: { $0.key < $1.key }) {
            var batch: [String] = [], batchRows: Int64 = 0
            let ordered = shards.isEmpty ? merchants.sortedByBytes() : merchants.sorted {
                (shards[ByteKey($0)] ?? 0, ByteKey($0)) < (shards[ByteKey($1)] ?? 0, ByteKey($1))
            }
            for merchant in ordered {
                let size = rows[ByteKey(merchant)] ?? 0
                let newShard = !shards.isEmpty && batch.last.map { shards[ByteKey($0)] != shards[ByteKey(merchant)] } == true
                if !batch.isEmpty, newShard || batch.count >= options.batchMerchants || batchRows + size > Int64(options.batchRows) {
                    batches.append((batch, batchRows))
                    batch = []
                    batchRows = 0
                }
                batch.append(merchant)
                batchRows += size
            }
            if !batch.isEmpty { batches.append((batch, batchRows)) }
        }
        let units = large.sorted { ($0.1, ByteKey($1.0)) > ($1.1, ByteKey($0.0)) }.map { Unit.merchant($0.0, rows: context.records[ByteKey($0.0)] == nil ? $0.1 : 0) }
            + batches.enumerated().sorted { ($0.element.rows, $1.offset) > ($1.element.rows, $0.offset) }.map { Unit.batch($0.element.merchants) }
        return NightPlan(units: units)
    }
}

extension SourceRelation {
    /// Rows before the cutoff per merchant (nil: every merchant), for planning a night of
    /// merchants never run before.
    func rowCounts(of merchants: [String]?, before cutoff: CivilDate, on connection: Connection) throws -> [(ByteKey, Int64)] {
        try connection.execute("""
            SELECT merchant_id::text, count(*)::text FROM \(quotedName)
            WHERE ($1::text[] IS NULL OR merchant_id::text = ANY($1::text[])) AND occurred_at < $2::timestamptz
            GROUP BY 1
            """, [merchants.map(PostgresArray.text), "\(cutoff) 00:00:00+00"]).rows.compactMap { row in
            guard let merchant = row[0], let count = row[1].flatMap({ Int64($0) }) else { return nil }
            return (ByteKey(merchant), count)
        }
    }
}
