import ArgumentParser
import RFMCore

/// The checks every date option passes (SPEC §7, "As-of dates"): within the dates the job
/// handles, and, for dates that score, not after tomorrow (UTC; tomorrow for a run started just
/// before midnight) unless `--allow-future-as-of` says it is meant. A run for a future date
/// scores nobody and takes the current state over (later runs for real dates keep it): refused
/// here with exit 64 before anything connects. `rfm-nightly withdraw` undoes one that happened.
struct FutureDates: ParsableArguments {
    @Flag(name: .customLong("allow-future-as-of"), help: "Accept an as-of date after tomorrow (UTC).")
    var allowed = false

    /// Throws for a date outside the supported range, or after tomorrow unless allowed.
    func check(_ date: CivilDate?, option: String, today: CivilDate = todayUTC()) throws {
        guard let date else { return }
        try checkSupported(date, option: option)
        let tomorrow = today.adding(days: 1)
        if !allowed, date > tomorrow {
            throw ValidationError(
                "\(option) \(date) is after tomorrow (\(tomorrow), UTC): scores are for dates that have begun; pass --allow-future-as-of if it is meant"
            )
        }
    }
}
