import Foundation
import Synchronization
@testable import RFMJob
import Testing

/// Reads take turns: half as many at once as there are jobs, at least one.
struct ConcurrentReadLimitTests {
    /// The most `inTurn` bodies that ever ran at once, over 8 of them on 8 threads.
    static func mostAtOnce(jobs: Int) -> Int {
        let turns = ConcurrentReadLimit(jobs: jobs)
        let counts = Mutex((now: 0, most: 0))
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            turns.inTurn {
                counts.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
                Thread.sleep(forTimeInterval: 0.02)
                counts.withLock { $0.now -= 1 }
            }
        }
        return counts.withLock { $0.most }
    }

    @Test func halfTheJobsReadAtOnce() {
        #expect(Self.mostAtOnce(jobs: 1) == 1)
        #expect(Self.mostAtOnce(jobs: 2) == 1)
        #expect(Self.mostAtOnce(jobs: 4) <= 2)
    }
}
