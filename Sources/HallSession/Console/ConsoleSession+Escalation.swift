import Foundation
import HallDomain
import HallStore

extension ConsoleSession {
    /// Records the escalations time has made due (see `WorkOrder.escalationsDue`) through
    /// the engine's ordinary append, so that of several consoles open at the moment an order
    /// falls due exactly one records it: the others lose the race on the log's head, decide
    /// again on the state that now holds it, and find nothing due. Asked on every poll, but
    /// looked at once per second of `now` and log head. A console whose member may not record
    /// it (the system administrator's) leaves it to the others. Whether it recorded anything.
    func escalateIfDue(now: Date) -> Bool {
        guard let engine, case .success(let settings) = workOrderSettings,
              PermissionMatrix.allows(engine.actor, .escalateByTime) else { return false }
        let moment = EscalationCheck(seq: replica.head.seq, second: Int(now.timeIntervalSince1970.rounded(.down)))
        guard moment != lastEscalationCheck else { return false }
        lastEscalationCheck = moment
        guard !replica.state.workOrders.escalationsDue(at: now, settings: settings).isEmpty else { return false }
        do {
            return !(try engine.perform(.escalateDue, settings: settings, now: now)).isEmpty
        } catch {
            // A log that cannot be written now shows as the banner `watchLog` raises; the
            // escalation is owed still and is recorded by the next poll that can write.
            lastEscalationCheck = nil
            return false
        }
    }
}

/// The log head and the second an escalation check last ran at.
struct EscalationCheck: Equatable {
    var seq: Int
    var second: Int
}
