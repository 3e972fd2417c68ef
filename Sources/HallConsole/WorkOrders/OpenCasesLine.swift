import Foundation
import HallDomain
import TermUI

/// One line on the coordinator's desk that keeps improvement cases in sight until they are
/// done: how many are open, the one due first, and how many are overdue.
struct OpenCasesLine {
    var book: WorkOrderBook
    var now: Date
    var zone: TimeZone

    var text: String? {
        let open = book.cases.filter { $0.status == .open }.sorted { $0.dueDay < $1.dueDay }
        guard let first = open.first else { return nil }
        let today = LocalTime(now, in: zone).day.description
        let overdue = open.count { $0.isOverdue(today: today) }
        return "改进案例在办 \(open.count) 件" + (overdue > 0 ? "（逾期 \(overdue)）" : "")
            + "：\(first.number) \(first.action)（\(first.ownerDepartment)，\(first.dueDay) 到期）"
    }

    /// Draws the line on `row` if any case is open; the rows it used (0 or 1).
    func draw(into buffer: inout Buffer, in row: Rect) -> Int {
        guard let text, row.height > 0 else { return 0 }
        let today = LocalTime(now, in: zone).day.description
        let late = book.cases.contains { $0.status == .open && $0.isOverdue(today: today) }
        buffer.put(TextFit.fit(text, width: row.width), at: row.origin, role: late ? .overdue : .normal, clip: row)
        return 1
    }
}
