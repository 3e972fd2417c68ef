/// A slip number in full-width characters (`Ａ０１２`): twice as wide, so the number in
/// the clerk's hand stands out on a text screen without a special font.
enum LargeSlipNumber {
    static func text(_ number: String) -> String {
        String(String.UnicodeScalarView(number.unicodeScalars.map { scalar in
            guard (0x21...0x7E).contains(scalar.value) else { return scalar }
            return Unicode.Scalar(scalar.value + 0xFEE0) ?? scalar
        }))
    }
}
