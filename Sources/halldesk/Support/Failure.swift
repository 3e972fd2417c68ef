import ArgumentParser
import Foundation
import HallStore
import TermUI

/// Prints a message for people on standard error and ends the command with exit code 1:
/// the message already says what happened and what to do, so no stack trace follows.
func fail(_ message: String) -> ExitCode {
    warn(message)
    return ExitCode.failure
}

/// Prints a message for people on standard error and carries on. Messages may quote a
/// file's text (an import's bad cell), so controls in them are shown inert.
func warn(_ message: String) {
    FileHandle.standardError.write(Data(("halldesk：" + InertText.lines(message) + "\n").utf8))
}

/// Ends a scripting command that acted: exit code 1 when the rules refused (or other
/// terminals kept winning the race: try again), 3 when the log could not be written
/// (disk, permissions, a damaged or untrusted log), so a script can tell "no" from "broken".
func fail(_ failure: EngineFailure) -> ExitCode {
    switch failure {
    case .refused, .tooBusy, .log(.conflict):
        return fail(failure.message)
    case .log, .logAlarm:
        warn(failure.message)
        return ExitCode(3)
    }
}

/// Ends a command whose log could not be opened for writing: exit code 3 (see above).
func fail(_ failure: LogFailure) -> ExitCode {
    fail(EngineFailure.log(failure))
}
