/// Free text typed by staff, made fit for a one-line summary: line breaks and runs of
/// blanks become one space, so a note written over several lines does not break the timeline.
enum SummaryText {
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// 「标题：内容」, or just the title when nothing was written.
    static func titled(_ title: String, _ text: String?) -> String {
        let line = oneLine(text ?? "")
        return line.isEmpty ? title : "\(title)：\(line)"
    }
}
