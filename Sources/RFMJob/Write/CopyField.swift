import PostgresClient
import RFMCore

/// Reads the few column types the marketing commands select, from a binary COPY field.
enum CopyField {
    struct Unexpected: Error, CustomStringConvertible {
        let what: String
        var description: String { "unexpected value in COPY data: \(what)" }
    }

    static func text(_ field: UnsafeRawBufferPointer?) -> String? {
        field.map { String(decoding: $0, as: UTF8.self) }
    }

    static func requiredText(_ field: UnsafeRawBufferPointer?) throws -> String {
        guard let field else { throw Unexpected(what: "NULL text") }
        return String(decoding: field, as: UTF8.self)
    }

    /// smallint, integer or bigint, big-endian.
    static func integer(_ field: UnsafeRawBufferPointer?) throws -> Int {
        guard let field, [2, 4, 8].contains(field.count) else { throw Unexpected(what: "integer of \(field?.count ?? -1) bytes") }
        var value: Int64 = field[0] >= 0x80 ? -1 : 0
        for byte in field { value = value << 8 | Int64(byte) }
        return Int(value)
    }

    static func date(_ field: UnsafeRawBufferPointer?) throws -> CivilDate {
        CivilDate(unixDay: Int64(try integer(field)) + PostgresTime.unixDayOfPostgresEpoch)
    }

    /// A numeric with at most two decimals, as cents.
    static func cents(_ field: UnsafeRawBufferPointer?) throws -> Int64 {
        guard let field else { throw Unexpected(what: "NULL numeric") }
        guard case .cents(let cents) = try PostgresNumeric.cents(fromField: field) else { throw Unexpected(what: "numeric that is not whole cents") }
        return cents
    }
}
