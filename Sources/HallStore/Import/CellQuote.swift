import HallDomain

/// A cell's text as a problem message quotes it: whole when short, otherwise its start and
/// how long it is. A description pasted into the wrong column, or a damaged file's 2 MB
/// "cell", must not turn one line of the report into pages; the start is enough to find
/// the cell in the file. Mobile and ID numbers in it are masked: the message goes to a
/// screen and maybe into a ticket, and a phone number in the wrong column is still a
/// customer's (no personal data in error messages).
enum CellQuote {
    static let shownCharacters = 30

    static func of(_ text: String) -> String {
        guard text.utf8.count > shownCharacters, text.count > shownCharacters else { return Masking.text(text) }
        return "\(Masking.text(String(text.prefix(shownCharacters))))…（共 \(text.count) 字）"
    }
}
