/// Hides most of a phone or ID number where many people can see a screen: lists, boards,
/// printouts. The whole number is shown only in an order's detail, and only to staff who
/// must call the customer (the permission matrix's `seeCustomerContact`).
public enum Masking {
    /// 「138****1234」: first three and last four digits of a mobile or longer number; a
    /// short number keeps only its last two.
    public static func phone(_ number: String) -> String {
        let characters = Array(number)
        guard characters.count >= 8 else {
            return String(repeating: "*", count: max(0, characters.count - 2)) + String(characters.suffix(2))
        }
        return String(characters.prefix(3)) + String(repeating: "*", count: characters.count - 7) + String(characters.suffix(4))
    }

    /// 「440106********1234」: the region code and the last four of an ID number.
    public static func idNumber(_ number: String) -> String {
        let characters = Array(number)
        guard characters.count >= 12 else { return phone(number) }
        return String(characters.prefix(6)) + String(repeating: "*", count: characters.count - 10) + String(characters.suffix(4))
    }

    /// Free text (a description, a note) with every mobile number and ID number in it masked.
    public static func text(_ text: String) -> String {
        var result = ""
        var run = ""
        func flush() {
            let isMobile = run.count == 11 && run.first == "1"
            result += isMobile ? phone(run) : run.count == 18 ? idNumber(run) : run
            run = ""
        }
        for character in text {
            if character.isASCII, character.isNumber || (character == "X" || character == "x") && run.count == 17 {
                run.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}
