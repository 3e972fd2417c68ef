import Foundation
import HallDomain
import HallStore

extension ConsoleSession {
    /// Records the appointments whose check-in window has closed without a check-in, as
    /// `escalateIfDue` records escalations: through the engine's ordinary append, so that of
    /// several consoles open when a window closes exactly one records each miss. Looked at
    /// once per second of `now` and log head; a member who may not record it leaves it to
    /// the others. Whether it recorded anything.
    func recordMissedAppointmentsIfDue(now: Date) -> Bool {
        guard let engine, PermissionMatrix.allows(engine.actor, .recordMissedAppointments) else { return false }
        let moment = EscalationCheck(seq: replica.head.seq, second: Int(now.timeIntervalSince1970.rounded(.down)))
        guard moment != lastMissedAppointmentCheck else { return false }
        lastMissedAppointmentCheck = moment
        guard !replica.state.appointments.missedDue(at: now, rules: engine.catalog.rules.appointments).isEmpty else { return false }
        do {
            return !(try engine.perform(.recordMissedAppointments, now: now)).isEmpty
        } catch {
            // Owed still: the next poll that can write records it.
            lastMissedAppointmentCheck = nil
            return false
        }
    }
}
