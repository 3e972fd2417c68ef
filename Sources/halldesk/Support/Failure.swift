import ArgumentParser
import Foundation

/// Prints a message for people on standard error and ends the command with exit code 1:
/// the message already says what happened and what to do, so no stack trace follows.
func fail(_ message: String) -> ExitCode {
    warn(message)
    return ExitCode.failure
}

/// Prints a message for people on standard error and carries on.
func warn(_ message: String) {
    FileHandle.standardError.write(Data(("halldesk：" + message + "\n").utf8))
}
