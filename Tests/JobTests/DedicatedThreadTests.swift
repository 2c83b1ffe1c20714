import Foundation
@testable import RFMJob
import Testing

/// `DedicatedThread`: work on a thread of its own while the caller goes on.
struct DedicatedThreadTests {
    @Test func runsAtOnceBesideTheCallerAndHandsBackItsResult() throws {
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let work = DedicatedThread { () -> Int in
            started.signal()
            release.wait()  // only the caller can let it finish: it must be running beside it
            return 42
        }
        #expect(started.wait(timeout: .now() + 5) == .success, "the work did not start while the caller waited")
        release.signal()
        #expect(try work.join().get() == 42)
        #expect(try work.join().get() == 42, "a second join returns the same at once")
    }

    @Test func handsBackWhatItThrew() {
        struct Failed: Error, Equatable {}
        let work = DedicatedThread { () throws -> Int in throw Failed() }
        #expect(throws: Failed.self) { try work.join().get() }
    }
}
