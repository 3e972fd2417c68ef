import Foundation

/// Where a simulated day's staff act: the simulator's own memory (`InMemoryDesk`, for
/// `halldesk simulate` and the tests) or a real hall's log (the demo), so one agenda of
/// arrivals, calls and services drives both, and what the demo writes is what the
/// simulator measures.
public protocol SimulationDesk {
    /// The hall as the desk knows it now, for the choices the day makes between actions.
    var state: HallState { get }

    /// Whether a refused action is passed over instead of ending the day. A desk others act
    /// at too (a person at the console calls a slip by hand) will refuse some of the day's
    /// actions, and the day goes on; the simulator's own desk never should, so a refusal
    /// there is a fault in the simulator and stops it.
    var passesOverRefusals: Bool { get }

    /// Brings the desk to `time` before the day acts at it: a desk on a live log waits for
    /// its clock there. False when the desk's owner stopped the day before `time`.
    mutating func advance(to time: Date) throws(SimulationError) -> Bool

    /// Decides `command` for `actor` at `time` and records its events.
    mutating func act(_ command: HallCommand, by actor: StaffMember, at time: Date) throws(DeskFailure) -> [Event]
}

/// Why a desk did not record an action.
public enum DeskFailure: Error, Sendable, Equatable {
    /// The rules said no.
    case refused(HallRefusal)
    /// The desk cannot go on (its log failed); the day ends with this message.
    case failed(SimulationError)
}
