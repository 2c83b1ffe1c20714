import PostgresClient
import RFMCore

/// The segments a merchant's current state can hold: those of the scheme its newest run used,
/// and any that run counted.
enum SegmentCatalog {
    static func segments(of merchant: String, on connection: Connection) throws -> [String] {
        let newest = try connection.execute("""
            SELECT id::text, settings->>'scheme' FROM rfm_runs
            WHERE merchant_id = $1 AND status = 'succeeded' AND wrote_current ORDER BY as_of DESC, rfm_runs.id DESC LIMIT 1
            """, [merchant])
        guard newest.rowCount == 1, let runID = newest.value(0, 0) else { return [] }
        let scheme = newest.value(0, 1).flatMap(SegmentScheme.builtIn(named:))?.segments ?? []
        let counted = try connection.execute(
            "SELECT jsonb_object_keys(coalesce(segment_counts, '{}')) FROM rfm_runs WHERE id = $1::bigint ORDER BY 1", [runID]
        ).rows.compactMap { $0[0] }
        return scheme + counted.filter { !scheme.contains($0) }
    }
}
