import Foundation
import Glibc
import HallDomain

/// Who is at this terminal and which terminal it is.
///
/// The person comes from the Unix login (the effective user, not `$USER`, which anyone can
/// set) looked up in the roster. The terminal is `$HALLDESK_TERMINAL` when a hall names its
/// terminals (e.g. `guide-1`), else the tty the console runs on.
struct Identity {
    var login: String
    var member: StaffMember?
    var terminal: String

    /// The staff id written on events; a login missing from the roster writes as `login:NAME`
    /// so the log still says who it was.
    var actor: String { member?.id ?? "login:\(login)" }

    static func current(roster: Roster) -> Identity {
        let login = getpwuid(geteuid()).flatMap { String(validatingCString: $0.pointee.pw_name) } ?? "uid\(geteuid())"
        return Identity(login: login, member: roster.member(login: login), terminal: terminalName())
    }

    private static func terminalName() -> String {
        if let named = ProcessInfo.processInfo.environment["HALLDESK_TERMINAL"], !named.isEmpty { return named }
        guard let tty = ttyname(STDIN_FILENO).flatMap({ String(validatingCString: $0) }) else { return "script" }
        return tty.hasPrefix("/dev/") ? String(tty.dropFirst(5)) : tty
    }
}
