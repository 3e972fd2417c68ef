import Foundation
import Glibc
import HallDomain

/// Who is at this terminal and which terminal it is, as the system says.
///
/// The person is the real user (`getuid()`), looked up in the roster: the binary is
/// installed setuid to the HallDesk service account, so the effective user is always that
/// account and only the real one says who ran it; `$USER` anyone can set. The terminal is
/// the controlling tty and its login session (`ControllingTerminal`); a command without
/// one (a pipe, cron) runs on no terminal and is recorded as at `script`. Only in a
/// practice folder may `HALLDESK_TERMINAL` name a terminal instead, for tests and demos.
public struct Identity {
    public var login: String
    public var member: StaffMember?
    public var terminal: String
    /// The login session the command runs in: nil without a controlling tty, and on a
    /// practice folder's named terminal.
    public var session: LoginSession?
    /// Whether a terminal stands behind the command: a controlling tty, or a practice
    /// folder's named terminal. A switch-in needs one.
    public var onTerminal: Bool
    /// The machine's clock now, for the PIN lockout and a switch-in's lapse.
    public var bootTime: BootTime?

    public init(login: String, member: StaffMember?, terminal: String, session: LoginSession?, onTerminal: Bool, bootTime: BootTime?) {
        self.login = login
        self.member = member
        self.terminal = terminal
        self.session = session
        self.onTerminal = onTerminal
        self.bootTime = bootTime
    }

    /// What the records write when no terminal stands behind the command.
    public static let noTerminal = "script"

    /// The staff id written on events; a login missing from the roster writes as `login:NAME`
    /// so the log still says who it was.
    public var actor: String { member?.id ?? "login:\(login)" }

    /// Whoever is at the terminal as a writer of records: the member, or for a login off
    /// the roster a stand-in without roles that writes as `login:NAME` (it may switch in
    /// someone with their PIN, and have wrong PINs logged, but do nothing else).
    public var atTerminal: StaffMember {
        member ?? StaffMember(id: actor, name: login, roles: [], department: nil, login: login)
    }

    public static func current(files: HallFiles) throws(PracticeVariable.Refused) -> Identity {
        let uid = getuid()
        let login = getpwuid(uid).flatMap { String(validatingCString: $0.pointee.pw_name) } ?? "uid\(uid)"
        let member = files.roster.member(login: login)
        let bootTime = BootClock.now()
        if let named = try PracticeVariable.value("HALLDESK_TERMINAL", in: files.folder) {
            return Identity(login: login, member: member, terminal: named, session: nil, onTerminal: true, bootTime: bootTime)
        }
        guard let tty = ControllingTerminal.current() else {
            return Identity(login: login, member: member, terminal: noTerminal, session: nil, onTerminal: false, bootTime: bootTime)
        }
        return Identity(login: login, member: member, terminal: tty.name, session: tty.session, onTerminal: true, bootTime: bootTime)
    }

    /// The member who switched in at this terminal, in this login session, and has not
    /// lapsed at `now`; nil on no terminal.
    public func switchedIn(_ state: HallState, now: Date, lasting: TimeInterval) -> String? {
        guard onTerminal, let switchIn = state.switchIns[terminal],
              switchIn.holds(in: session, now: now, bootTime: bootTime, lasting: lasting) else { return nil }
        return switchIn.member
    }
}
