/// The text form of a receipt: what the `file` printer writes and what a screen can show.
/// Centred lines are padded on the left with spaces; no line has trailing spaces.
public enum ReceiptText {
    public static func lines(_ printout: Printout, paper: PaperWidth) -> [String] {
        ReceiptLayout.lines(printout, paper: paper).map { line in
            guard line.centered, !line.text.isEmpty else { return line.text }
            let spare = paper.columns - ReceiptWidth.of(line.text)
            return String(repeating: " ", count: max(0, spare / 2)) + line.text
        }
    }

    /// The lines as UTF-8 text, each ending in a newline.
    public static func string(_ printout: Printout, paper: PaperWidth) -> String {
        lines(printout, paper: paper).map { $0 + "\n" }.joined()
    }
}
