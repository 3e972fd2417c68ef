import ArgumentParser
import Foundation
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
