import Foundation
import HallDomain
import TermUI

/// One queue's waiting slips, opened from the manager's board with Enter, in the order of
/// `HallDay.waitingList` (also `halldesk queue status --queue`), each
/// with how long it has waited and what its slip promised, so the manager sees who is
/// behind a long wait figure before deciding to open a counter.
struct QueueSlipList {
    var queue: QueueSummary
    var day: HallDay
    var catalog: Catalog
    var now: Date

    func draw(into buffer: inout Buffer, in area: Rect, theme: Theme) {
        let slips = day.waitingList(queue: queue.letter)
        let heading = "\(queue.letter) \(queue.name)：\(slips.count) 人等候（优先类别在前，其余按取号先后；Esc 返回看板）"
        var y = area.minY
        for line in TextFit.wrap(heading, width: area.width) where y < area.maxY {
            buffer.put(line, at: Point(x: area.minX, y: y), role: .title, clip: area)
            y += 1
        }
        y += 1
        guard y < area.maxY else { return }
        let table = TableView(columns: [
            TableColumn("号", width: 6), TableColumn("业务", width: 20), TableColumn("类别", width: 16),
            TableColumn("已等", width: 10, alignment: .trailing), TableColumn("小票预计", width: 8, alignment: .trailing),
        ], rows: slips.map(row)).fitted(to: area.width)
        table.draw(into: &buffer, in: Rect(x: area.minX, y: y, width: area.width, height: max(0, area.maxY - y)), theme: theme)
        if slips.isEmpty, y + 1 < area.maxY {
            buffer.put("此队现在没有人等候。", at: Point(x: area.minX, y: y + 1), role: .muted, clip: area)
        }
    }

    private func row(_ slip: QueueSlip) -> [String] {
        let overTarget = ElapsedMinutes.between(slip.issuedAt, now) > Double(catalog.hall.waitTargetMinutes)
        return [slip.number, catalog.businessType(code: slip.businessType)?.name ?? slip.businessType,
                slip.priority?.chineseName ?? "普通",
                "\(Minutes.whole(ElapsedMinutes.between(slip.issuedAt, now)))分" + (overTarget ? "超时" : ""),
                "\(Minutes.whole(slip.estimate.expectedMinutes))分"]
    }
}
