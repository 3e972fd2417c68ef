import Foundation

extension HallState {
    /// A wrong PIN counts; a good one or a new PIN starts the count again. A good one also
    /// makes its member the one who acts at that terminal, in that
    /// login session, for a while (`SwitchIn`).
    mutating func evolveAccess(by event: AccessEvent, at time: Date, terminal: String) {
        switch event {
        case .pinRejected(let rejected):
            pinFailures[rejected.member] = PinFailures(count: rejected.failures, last: time, lastBootTime: rejected.bootTime)
        case .staffSwitched(let switched):
            pinFailures[switched.to] = nil
            switchIns[terminal] = SwitchIn(member: switched.to, at: time, session: switched.session, bootTime: switched.bootTime)
        case .pinSet(let set): pinFailures[set.member] = nil
        case .rosterChanged(let change): roster = RecordedRoster.after(change, from: roster)
        case .actionDenied, .unmaskedExported, .actedOnBehalf: break
        }
    }
}
