import HallDomain
import TermUI

/// The line that stays on every coordinator's and the manager's screen while a major
/// order (触电、盗电、举报、媒体…) waits for someone to acknowledge it.
struct MajorBanner {
    /// `WorkOrderBook.majorNotAcknowledged`.
    var waiting: [WorkOrder]
    var settings: WorkOrderSettings?

    var text: String? {
        guard !waiting.isEmpty else { return nil }
        let names = waiting.prefix(3).map { order in
            "\(order.number) " + (settings?.category(code: order.category)?.name ?? order.category)
        }
        return "! 重大工单待确认 \(waiting.count) 张：" + names.joined(separator: "，") + (waiting.count > 3 ? "…" : "")
            + "（工单协调窗格按 a 确认）"
    }

    /// Draws the banner on `row` if there is one; the rows it used (0 or 1).
    @discardableResult
    func draw(into buffer: inout Buffer, in row: Rect) -> Int {
        guard let text, row.height > 0 else { return 0 }
        buffer.fill(row.row(0), role: .major)
        buffer.put(TextFit.fit(text, width: row.width), at: row.origin, role: .major, emphasis: .bold, clip: row.row(0))
        return 1
    }
}
