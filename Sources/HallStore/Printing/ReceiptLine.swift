/// One printed line after layout: its text already fits the paper, and how it is drawn
/// is kept apart from the text so that the text form pads a centred line with spaces while
/// ESC/POS centres it with `ESC a` and sends no padding.
public struct ReceiptLine: Sendable, Equatable {
    public enum Emphasis: Sendable, Equatable {
        case plain
        case bold
        /// Double width and double height: each column takes two.
        case large
    }

    public var text: String
    public var emphasis: Emphasis
    public var centered: Bool

    public init(_ text: String, emphasis: Emphasis = .plain, centered: Bool = false) {
        self.text = text
        self.emphasis = emphasis
        self.centered = centered
    }
}
