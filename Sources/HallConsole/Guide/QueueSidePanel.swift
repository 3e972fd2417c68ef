import HallDomain
import TermUI

/// Each queue's waiting count and what a new arrival would be told, beside the guide's
/// form, so the guide can answer "how long?" before issuing the slip.
struct QueueSidePanel {
    var summaries: [QueueSummary]

    func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        let inner = BoxedPane(title: "各队等候").draw(into: &buffer, in: rect, theme: theme)
        var y = inner.minY
        for summary in summaries where y + 1 < inner.maxY {
            let line = Rect(x: inner.minX + 1, y: y, width: inner.width - 1, height: 1)
            buffer.put(TextFit.fit("\(summary.letter) \(summary.name)", width: line.width), at: line.origin, role: .title, clip: line)
            y += 1
            // Wrapped, not cut: at 80 columns 「约 20–50 分钟」 does not fit beside the count.
            for detail in TextFit.wrap("等候 \(summary.waiting) 人  \(summary.expectedWait.chineseText)", width: line.width - 2) where y < inner.maxY {
                buffer.put(detail, at: Point(x: line.minX + 2, y: y), role: .waiting, clip: Rect(x: line.minX, y: y, width: line.width, height: 1))
                y += 1
            }
        }
    }
}
