/// A row of an export that cannot become a work order, and why, in Chinese. `line` is the
/// file's physical line where the row starts, so the coordinator finds it in an editor
/// even when an earlier row's text spans several lines.
public struct RowProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var reason: String

    public init(line: Int, _ reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "第 \(line) 行：\(reason)" }
}
