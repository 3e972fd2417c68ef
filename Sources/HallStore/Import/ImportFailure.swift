/// Why a whole file cannot be imported (bytes that are no text, a quote never closed, a
/// header without a required column): nothing in it is read, and the message says which
/// line to look at and what to do.
public struct ImportFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's physical line (1-based), when the problem sits on one.
    public var line: Int?
    /// Chinese, for the coordinator.
    public var message: String

    public init(line: Int?, _ message: String) {
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "第 \($0) 行：\(message)" } ?? message
    }
}
