import Foundation

/// Who switched in at a terminal with their PIN, when, and in which login session: what
/// `--staff` at that terminal is checked against.
public struct SwitchIn: Codable, Sendable, Equatable {
    public var member: String
    public var at: Date
    public var session: LoginSession?
    public var bootTime: BootTime?

    public init(member: String, at: Date, session: LoginSession?, bootTime: BootTime?) {
        self.member = member
        self.at = at
        self.session = session
        self.bootTime = bootTime
    }

    /// Whether the switch-in still holds for a command in `session` at `now` (and the
    /// machine's `bootTime`): the same session (a switch-in without one, from a practice
    /// folder's named terminal, holds only for a caller without one either), and less than
    /// `lasting` gone by on the records' clock and on the machine's.
    public func holds(in session: LoginSession?, now: Date, bootTime: BootTime?, lasting: TimeInterval) -> Bool {
        guard session == self.session else { return false }
        var gone = now.timeIntervalSince(at)
        if let bootTime, let then = self.bootTime, let elapsed = bootTime.elapsed(since: then) { gone = max(gone, elapsed) }
        return gone < lasting
    }
}
