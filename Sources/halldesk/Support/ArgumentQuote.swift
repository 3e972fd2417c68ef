/// What the user typed, quoted back in a message: whole when short, else cut with its
/// length said, so a mistyped (or hostile) 100 KB argument does not come back as 100 KB
/// of error message.
enum ArgumentQuote {
    static let longest = 40

    static func short(_ text: String, longest: Int = longest) -> String {
        guard text.count > longest else { return text }
        return "\(text.prefix(longest))…（共 \(text.utf8.count) 字节，已截断）"
    }
}
