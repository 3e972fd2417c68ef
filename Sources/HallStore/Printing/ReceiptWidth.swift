/// How many columns text takes on the receipt printer.
///
/// The printer, not the terminal, decides: in Chinese mode every character outside ASCII
/// is sent as a GB18030 multi-byte code and drawn from the 24×24 font, so it takes two
/// columns even where the terminal's `wcwidth` says one (`–`, `·`, `×`, `…`: the "ambiguous"
/// characters of Unicode's East Asian Width, which East Asian encodings draw wide). This is
/// why HallStore does not borrow TermUI's `DisplayWidth`. Characters the encoder replaces
/// by `?` are counted as two as well: a line may come out one column short, never too long.
enum ReceiptWidth {
    static func of(_ scalar: Unicode.Scalar) -> Int {
        scalar.isASCII ? 1 : 2
    }

    static func of(_ character: Character) -> Int {
        character.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    static func of<S: StringProtocol>(_ text: S) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }
}
