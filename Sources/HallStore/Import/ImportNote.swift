/// Something the coordinator should know about an import that does not stop it: columns
/// left out, or a default assumed where it changes a deadline.
public struct ImportNote: Sendable, Equatable, CustomStringConvertible {
    /// The physical line it is about (the header's line for notes about columns).
    public var line: Int
    public var message: String

    public init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "第 \(line) 行：\(message)" }
}
