import Foundation
import Glibc

/// Reads a PIN: from the terminal without echo when there is one, else one line of
/// standard input (scripts and tests pipe it in). Never from an argument, which `ps` and
/// the shell history would show.
enum PinPrompt {
    static func read(_ prompt: String) throws -> String {
        if isatty(STDIN_FILENO) != 0 {
            guard let typed = getpass(prompt) else { throw fail("没有读到 PIN。") }
            return String(cString: typed)
        }
        guard let line = readLine(strippingNewline: true) else { throw fail("标准输入里没有 PIN：请在终端输入，或用管道传入一行。") }
        return line
    }
}
