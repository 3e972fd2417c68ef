import Foundation

extension HallState {
    /// A wrong PIN counts; a good one or a new PIN starts the count again. A good one also
    /// makes its member the one who acts at that terminal.
    mutating func evolveAccess(by event: AccessEvent, at time: Date, terminal: String) {
        switch event {
        case .pinRejected(let rejected): pinFailures[rejected.member] = PinFailures(count: rejected.failures, last: time)
        case .staffSwitched(let switched):
            pinFailures[switched.to] = nil
            switchedStaff[terminal] = switched.to
        case .pinSet(let set): pinFailures[set.member] = nil
        case .rosterChanged(let change): roster = RecordedRoster.after(change, from: roster)
        case .actionDenied, .unmaskedExported: break
        }
    }
}
