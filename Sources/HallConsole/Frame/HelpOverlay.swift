import TermUI

/// The `?` screen: every key the console takes, in Chinese, over the current pane.
struct HelpOverlay {
    static let entries: [(keys: String, meaning: String)] = [
        ("F1 或 ?", "打开/关闭本帮助"),
        ("Tab / Shift-Tab", "切换到下一个/上一个窗格"),
        ("↑ ↓ 或 j k", "上下移动（事件日志）"),
        ("PgUp PgDn", "翻页"),
        ("Home End 或 g G", "到最早/最新一条"),
        ("Esc", "返回上一层（关闭帮助）"),
        ("q", "在最上层退出控制台"),
    ]

    func draw(into buffer: inout Buffer, in area: Rect, theme: Theme) {
        let width = min(area.width - 4, 60), height = min(area.height - 2, Self.entries.count + 5)
        let rect = Rect(x: area.minX + (area.width - width) / 2, y: area.minY + (area.height - height) / 2, width: width, height: height)
        let inner = BoxedPane(title: "帮助", isFocused: true).draw(into: &buffer, in: rect, theme: theme)
        for (row, entry) in Self.entries.enumerated() where row + 1 < inner.height {
            let y = inner.minY + 1 + row
            let x = buffer.put(TextFit.pad(entry.keys, width: 20), at: Point(x: inner.minX + 2, y: y), role: .keyHint, clip: inner)
            buffer.put(entry.meaning, at: Point(x: x + 1, y: y), clip: inner)
        }
        buffer.put("按 Esc 或 ? 关闭", at: Point(x: inner.minX + 2, y: inner.maxY - 1), role: .muted, clip: inner)
    }
}
