import Foundation
import HallConsole

extension ConsoleSession {
    /// What a console does between two frames, whatever drives it (the curses loop, a test):
    /// catch up with the log, probe whether it can be written, record the escalations and
    /// the missed appointments time has made due, and read this month's report once the Reports pane shows without one.
    /// Whether any of it changed what a frame shows.
    public func poll(showing pane: PaneID, now: Date) -> Bool {
        var changed = replica.refresh()
        if watchLog() { changed = true }
        if escalateIfDue(now: now) { changed = true }
        if recordMissedAppointmentsIfDue(now: now) { changed = true }
        if pane == .reports, monthReport == nil {
            refreshReport(now: now)
            changed = true
        }
        return changed
    }

    /// Carries out what a pane asked for through the engine and hands the pane the results,
    /// which it also returns (a test counts what was appended). Quitting and the demo's
    /// keys belong to whoever runs the console; they are left to it.
    @discardableResult
    public func dispatch(_ outcome: ConsoleModel.Outcome, to model: inout ConsoleModel, now: Date) -> [ActionResult] {
        switch outcome {
        case .perform(let command):
            let results = perform(command, now: now)
            for result in results { model.record(result) }
            return results
        case .performApproved(let command, let approver, let pin):
            let results = performApproved(command, approver: approver, pin: pin, now: now)
            for result in results { model.record(result) }
            return results
        case .performWorkOrders(let commands):
            let result = perform(workOrders: commands, now: now)
            model.record(result)
            return [result]
        case .refreshReport:
            refreshReport(now: now)
            return []
        case .switchStaff(let member, let pin):
            let result = switchStaff(to: member, pin: pin, now: now)
            model.recordStaffSwitch(result)
            return [result]
        case .keepGoing, .quit, .demo:
            return []
        }
    }
}
