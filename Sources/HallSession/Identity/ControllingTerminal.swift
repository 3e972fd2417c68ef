import Foundation
import Glibc
import HallDomain

/// The terminal a command runs on, as the kernel says: the process's controlling tty
/// (`tty_nr` in `/proc/self/stat`, confirmed by `/dev/tty` opening, named by the device
/// file with that number) and the login session it belongs to. Neither comes from anything the caller sets: an SSH login, a console or a
/// tmux pane each give their own pty and session; a pipe, cron or `setsid` give none.
public struct ControllingTerminal {
    /// `pts/3`, `tty1`: the tty's name under `/dev`.
    public var name: String
    public var session: LoginSession

    /// The controlling terminal, or nil when the process has none.
    public static func current() -> ControllingTerminal? {
        guard let fields = ProcStat.fields(of: "self"), fields.count > 19,
              let sessionID = Int32(fields[3]), let ttyNumber = UInt64(fields[4]), ttyNumber != 0,
              let boot = BootClock.bootID() else { return nil }
        // /dev/tty opens only for a process with a controlling terminal.
        let fd = open("/dev/tty", O_RDONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        close(fd)
        let path = devicePath(ttyNumber)
        // The session leader's start tells this session from a later one given the same id.
        guard let leader = ProcStat.fields(of: String(sessionID)), leader.count > 19, let start = UInt64(leader[19]) else { return nil }
        return ControllingTerminal(name: path.hasPrefix("/dev/") ? String(path.dropFirst(5)) : path,
                                   session: LoginSession(boot: boot, id: sessionID, leaderStart: start))
    }

    /// The tty's path under `/dev` for the kernel's device number: a pty's from its number
    /// (majors 136–143), else whichever of standard input, output or error is that device;
    /// checked against the device file's own number. `/dev/tty` itself names no terminal.
    private static func devicePath(_ ttyNumber: UInt64) -> String {
        let major = (ttyNumber >> 8) & 0xfff, minor = (ttyNumber & 0xff) | ((ttyNumber >> 12) & 0xfff00)
        var candidates: [String] = []
        if (136...143).contains(major) { candidates.append("/dev/pts/\((major - 136) * 256 + minor)") }
        candidates += [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO].compactMap { ttyname($0).flatMap { String(validatingCString: $0) } }
        for candidate in candidates {
            var info = stat()
            if stat(candidate, &info) == 0, info.st_mode & S_IFMT == S_IFCHR, sameDevice(kernel: ttyNumber, glibc: UInt64(info.st_rdev)) {
                return candidate
            }
        }
        return "tty\(major):\(minor)"
    }

    /// `tty_nr` is the kernel's encoding of a device number (minor in bits 0–7 and 20–31,
    /// major in 8–19); `st_rdev` is glibc's (major in 8–19 and 32–43, minor in 0–7 and 12–31).
    private static func sameDevice(kernel: UInt64, glibc: UInt64) -> Bool {
        let kernelMajor = (kernel >> 8) & 0xfff, kernelMinor = (kernel & 0xff) | ((kernel >> 12) & 0xfff00)
        let glibcMajor = ((glibc >> 8) & 0xfff) | ((glibc >> 32) & ~UInt64(0xfff))
        let glibcMinor = (glibc & 0xff) | ((glibc >> 12) & ~UInt64(0xff))
        return kernelMajor == glibcMajor && kernelMinor == glibcMinor
    }
}

/// `/proc/PID/stat` split into the fields after the command name (which may hold spaces and
/// parentheses, so the split starts after the last `)`): index 0 is the state (field 3 of
/// proc(5)), 3 the session, 4 `tty_nr`, 19 `starttime`.
enum ProcStat {
    static func fields(of process: String) -> [Substring]? {
        guard let text = try? String(contentsOfFile: "/proc/\(process)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        return text[text.index(after: close)...].split(separator: " ")
    }
}
