import Testing
@testable import RFMJob

/// Work another process held (`--share`): taken again after its pause, and a worker waits rather
/// than ends while other workers' units may still park some.
struct ParkedWorkTests {
    @Test func parkedWorkIsTakenAgainAfterItsPause() throws {
        var parked = ParkedWork<String>(pause: .milliseconds(50))
        #expect(parked.isEmpty)
        parked.park("batch 1")
        guard case .wait(let pause) = parked.take(inFlight: 0) else { Issue.record("taken before its pause"); return }
        #expect(pause <= .milliseconds(50) && pause > .zero)
        let claim = Claim<String>.next {
            switch parked.take(inFlight: 0) {
            case .work(let item): .work(item)
            case .wait(let pause): .wait(pause)
            case .done: .done
            }
        }
        #expect(claim == "batch 1")
        #expect(parked.isEmpty)
    }

    @Test func nothingParkedIsDoneOnlyWhenNoOtherUnitRuns() {
        var parked = ParkedWork<Int>(pause: .milliseconds(250))
        guard case .wait(let pause) = parked.take(inFlight: 1) else { Issue.record("ended while a unit ran"); return }
        #expect(pause == .milliseconds(250))
        guard case .done = parked.take(inFlight: 0) else { Issue.record("waited with nothing to wait for"); return }
    }

    @Test func theWaitIsReportedAMinuteAfterTheFirstParking() {
        var parked = ParkedWork<Int>(pause: .milliseconds(1))
        parked.park(1)
        let first = parked.dueReport(), second = parked.dueReport()
        #expect(!first)  // the first parking starts the minute
        #expect(!second)
    }

    @Test func theSchedulersStateCountsUnitsInFlight() {
        var state = SchedulerState<Int>(order: [0, 1], pause: .milliseconds(10))
        guard case .work(0) = state.claim(), case .work(1) = state.claim() else { Issue.record("order"); return }
        #expect(state.inFlight == 2)
        guard case .wait = state.claim() else { Issue.record("a worker ended while two units ran"); return }
        state.inFlight = 0
        guard case .done = state.claim() else { Issue.record("waited after every unit ended"); return }
    }
}
