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
            let detail = "等候 \(summary.waiting) 人  \(summary.expectedWait.chineseText)"
            buffer.put(TextFit.fit(detail, width: line.width - 2), at: Point(x: line.minX + 2, y: y + 1), role: .waiting,
                       clip: Rect(x: line.minX, y: y + 1, width: line.width, height: 1))
            y += 2
        }
    }
}
