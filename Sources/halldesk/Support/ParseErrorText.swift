import Foundation

/// The argument parser's complaints (written in English by swift-argument-parser) said in
/// Chinese, as every other message of HallDesk is: the first line is translated, the
/// usage lines that follow are kept.
enum ParseErrorText {
    static func chinese(_ message: String, arguments: [String]) -> String {
        var lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first, first.hasPrefix("Error: ") else { return message }
        let said = String(first.dropFirst("Error: ".count))
        lines[0] = "halldesk：" + translate(said, arguments: arguments)
        return lines.map { $0.hasPrefix("Usage: ") ? "用法：" + $0.dropFirst("Usage: ".count) : $0.hasPrefix("Help: ") ? "说明：" + $0.dropFirst("Help: ".count) : $0 }
            .filter { !$0.hasPrefix("  See '") }
            .joined(separator: "\n") + "\n详见 --help。"
    }

    private static func translate(_ said: String, arguments: [String]) -> String {
        if let option = quoted(said, after: "Missing value for ") {
            let name = option.split(separator: " ").first.map(String.init) ?? option
            if let at = arguments.firstIndex(of: name), at + 1 < arguments.count, arguments[at + 1].hasPrefix("-"),
               Double(arguments[at + 1]) != nil {
                return "选项 \(name) 的值不能是负数 \(ArgumentQuote.short(arguments[at + 1]))：请写正整数（窗口号、人数等都从 1 起）。"
            }
            return "选项 \(name) 缺少取值。"
        }
        if let value = quoted(said, after: "The value "), let option = quoted(said, after: "is invalid for ") {
            return "选项 \(option) 的值「\(ArgumentQuote.short(value))」无效。"
        }
        if let option = quoted(said, after: "Unknown option ") { return "不认识的选项 \(ArgumentQuote.short(option))。" }
        if let argument = quoted(said, after: "Missing expected argument ") { return "缺少参数 \(argument)。" }
        if let argument = quoted(said, after: "Unexpected argument ") { return "多余的参数 \(ArgumentQuote.short(argument))。" }
        // Our own validation messages, in Chinese already; cut only if an argument made one huge.
        return ArgumentQuote.short(said, longest: 2_000)
    }

    /// The text in single quotes right after `prefix` in `text`, if `prefix` is there.
    private static func quoted(_ text: String, after prefix: String) -> String? {
        guard let start = text.range(of: prefix + "'") else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end])
    }
}
