/// A table column: its header, width in display columns and alignment.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    /// Width in terminal columns (a Chinese character takes two).
    public var width: Int
    public var alignment: TextFit.Alignment

    public init(_ title: String, width: Int, alignment: TextFit.Alignment = .leading) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}
