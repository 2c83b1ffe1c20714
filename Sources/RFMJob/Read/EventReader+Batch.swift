import PostgresClient
import RFMCore

/// A batch's rows in one COPY: the merchant id leads each row and sends it to that merchant's
/// sink. One statement for hundreds of merchants instead of one each: a small merchant's own
/// COPY costs more in round trips and planning than its rows do.
extension EventReader {
    /// Reads every row of `merchants` before `cutoff` (and those without a time), calling
    /// `onRow` with the merchant's position in `merchants` and the row. Returns rows read.
    @discardableResult
    func read(
        merchants: ByteKeyIndex, before cutoff: CivilDate, _ onRow: (Int, EventRow) -> Void
    ) throws -> Int {
        let ids = try connection.quoteLiteral(PostgresArray.text(merchants.keys))
        let sql = """
            COPY (SELECT merchant_id::text, \(Self.columns) FROM \(source.quotedName)
                  WHERE merchant_id::text = ANY(\(ids)::text[]) AND occurred_at < timestamptz '\(cutoff) 00:00:00+00'
                  UNION ALL
                  SELECT merchant_id::text, \(Self.columns) FROM \(source.quotedName)
                  WHERE merchant_id::text = ANY(\(ids)::text[]) AND occurred_at IS NULL)
            TO STDOUT (FORMAT binary)
            """
        var decoder = BinaryCopyDecoder()
        var rows = 0
        // Rows of one merchant mostly come together (an index scan returns them so): one
        // comparison with the last merchant's bytes settles most rows without a lookup.
        var last = -1
        var lastBytes: [UInt8] = []
        try connection.copyOut(sql) { message in
            try decoder.decode(message) { fields in
                guard let merchantBytes = try fields.next() else { return }
                let merchant: Int
                if last >= 0, lastBytes.withUnsafeBytes({ $0.elementsEqual(merchantBytes) }) {
                    merchant = last
                } else {
                    guard let found = merchants.index(of: merchantBytes) else { return }
                    merchant = found
                    last = found
                    lastBytes = Array(merchantBytes)
                }
                rows += 1
                onRow(merchant, try Self.decode(&fields))
                if rows == 1 { Failpoint.hit("read") }
            }
        }
        return rows
    }

    /// Rows at or after the cutoff, per merchant (position in `merchants`).
    func countsAfter(_ cutoff: CivilDate, merchants: ByteKeyIndex) throws -> [Int] {
        var counts = [Int](repeating: 0, count: merchants.count)
        let result = try connection.execute("""
            SELECT merchant_id::text, count(*)::text FROM \(source.quotedName)
            WHERE merchant_id::text = ANY($1::text[]) AND occurred_at >= $2::timestamptz GROUP BY 1
            """, [PostgresArray.text(merchants.keys), "\(cutoff) 00:00:00+00"])
        for row in result.rows {
            guard var merchant = row[0], let count = row[1].flatMap({ Int($0) }) else { continue }
            if let index = merchant.withUTF8({ merchants.index(of: UnsafeRawBufferPointer($0)) }) { counts[index] = count }
        }
        return counts
    }
}
