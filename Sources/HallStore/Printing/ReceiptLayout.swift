/// A printout fitted to a paper width: every element wrapped into lines that fit, the one
/// place where both the text form and the ESC/POS bytes come from, so they always agree.
public enum ReceiptLayout {
    public static func lines(_ printout: Printout, paper: PaperWidth) -> [ReceiptLine] {
        let columns = paper.columns
        return printout.lines.flatMap { element -> [ReceiptLine] in
            switch element {
            case .title(let text):
                return wrapped(text, width: columns).map { ReceiptLine($0, emphasis: .bold, centered: true) }
            case .big(let text):
                return wrapped(text, width: columns / 2).map { ReceiptLine($0, emphasis: .large, centered: true) }
            case .centered(let text):
                return wrapped(text, width: columns).map { ReceiptLine($0, centered: true) }
            case .text(let text):
                return wrapped(text, width: columns).map { ReceiptLine($0) }
            case .list(let items):
                return list(items, width: columns).map { ReceiptLine($0) }
            case .rule:
                return [ReceiptLine(String(repeating: "-", count: columns))]
            case .blank:
                return [ReceiptLine("")]
            }
        }
    }

    private static func wrapped(_ text: String, width: Int) -> [String] {
        ReceiptWrap.lines(PrintableText.clean(text), width: width)
    }

    /// `1. ` before each item, numbers right-aligned when there are ten or more, and the
    /// continuation of a wrapped item indented to the item's text.
    private static func list(_ items: [String], width: Int) -> [String] {
        let numberWidth = String(items.count).count
        let indent = numberWidth + 2
        return items.enumerated().flatMap { index, item -> [String] in
            let number = String(index + 1)
            let label = String(repeating: " ", count: numberWidth - number.count) + number + ". "
            let pieces = wrapped(item, width: width - indent)
            return pieces.enumerated().map { offset, piece in
                offset == 0 ? label + piece : String(repeating: " ", count: indent) + piece
            }
        }
    }
}
