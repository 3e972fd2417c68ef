import TermUI

/// The log cannot be written right now (disk full, read-only, moved away): said across the
/// top of every pane, in the error colour and in words (`⚠ 日志不可写`), so it is seen by
/// whoever is at the terminal before and after they try to act.
struct LogBanner {
    let lines: [String]

    init(text: String, width: Int) {
        let wrapped = TextFit.wrap("⚠ " + text, width: max(1, width - 1))
        var lines = Array(wrapped.prefix(ConsoleLayout.bannerRows))
        if wrapped.count > lines.count, let last = lines.popLast() {
            lines.append(TextFit.fit(last + "…", width: max(1, width - 1)))
        }
        self.lines = lines
    }

    func draw(into buffer: inout Buffer, in area: Rect) {
        buffer.fill(area, role: .error)
        for (row, line) in lines.enumerated() where row < area.height {
            buffer.put(line, at: Point(x: area.minX, y: area.minY + row), role: .error, clip: area)
        }
    }
}
