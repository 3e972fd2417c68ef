/// How a hall reads a call aloud: a slip number letter first, then digit by digit
/// (A001 → 「A 零零一」, so a customer matches it against the printed slip), and a counter
/// as a number (3 → 「三」, 12 → 「十二」), as the hall's own staff say it.
public enum CallReading {
    private static let digits: [Character: String] = [
        "0": "零", "1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九",
    ]

    /// The slip number read aloud: the queue letter, a space, each digit.
    public static func slip(_ number: String) -> String {
        let letters = number.prefix { !$0.isNumber }
        let spoken = number.dropFirst(letters.count).map { digits[$0] ?? String($0) }.joined()
        return letters.isEmpty ? spoken : "\(letters) \(spoken)"
    }

    /// A counter number read as a number (1–999); others digit by digit.
    public static func counter(_ number: Int) -> String {
        guard (1...999).contains(number) else { return String(number).map { digits[$0] ?? String($0) }.joined() }
        let hundreds = number / 100, tens = number / 10 % 10, ones = number % 10
        var text = ""
        if hundreds > 0 { text += digit(hundreds) + "百" }
        if tens > 0 {
            text += (tens == 1 && hundreds == 0 ? "" : digit(tens)) + "十"
        } else if hundreds > 0, ones > 0 {
            text += "零"
        }
        if ones > 0 { text += digit(ones) }
        return text
    }

    private static func digit(_ value: Int) -> String {
        digits[Character(String(value))] ?? String(value)
    }
}
