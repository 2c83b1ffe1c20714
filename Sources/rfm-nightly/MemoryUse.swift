#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Peak memory of this process, logged by the streaming commands so a test (or an operator)
/// can see that it does not grow with the number of rows.
enum MemoryUse {
    /// Peak resident set size in KiB (Linux reports ru_maxrss in KiB, macOS in bytes).
    static func maxResidentKilobytes() -> Int {
        var usage = rusage()
        #if canImport(Glibc)
        let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        #if canImport(Darwin)
        return Int(usage.ru_maxrss) / 1024
        #else
        return Int(usage.ru_maxrss)
        #endif
    }
}
