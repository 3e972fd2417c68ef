import ArgumentParser
import Foundation

/// Prints a message for people on standard error and ends the command with exit code 1:
/// the message already says what happened and what to do, so no stack trace follows.
func fail(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data(("halldesk：" + message + "\n").utf8))
    return ExitCode.failure
}
