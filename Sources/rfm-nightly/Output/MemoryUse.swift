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

    /// Makes every allocation of 128 KiB or more its own mapping, returned to the system when
    /// freed. glibc's default raises that threshold to the largest block freed so far (the first
    /// outgrown array), after which a merchant's row chunks come from the heap, and the rows freed
    /// after summing stay resident while the measures are built beside them: 16 % more peak
    /// memory on the benchmark. A fixed threshold costs a few hundred mmap calls per merchant.
    static func returnLargeBlocksWhenFreed() {
        #if canImport(Glibc)
        // <malloc.h> is not part of the Glibc module: look mallopt up; M_MMAP_THRESHOLD is -3.
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: MallOpt.self)(-3, 128 * 1024)
        #endif
    }
}
