import ArgumentParser
import RFMCore

/// Throws for a date PostgreSQL and the window arithmetic cannot both hold.
func checkSupported(_ date: CivilDate?, option: String) throws {
    guard let date, !CivilDate.supported.contains(date) else { return }
    throw ValidationError(
        "\(option) \(date) is outside the dates rfm-nightly handles (\(CivilDate.supported.lowerBound) … \(CivilDate.supported.upperBound))"
    )
}
