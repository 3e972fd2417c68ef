import Foundation
import HallDomain
import TermUI

/// The line on the coordinator's desk while a department's promise to a customer (阶段回复)
/// has lapsed with no reply since: the customer was told a time and heard nothing, so the
/// coordinator presses the department before the customer calls 95598 again.
struct PromiseLine {
    /// `WorkOrderBook.missedPromises(at:)`.
    var missed: [WorkOrder]

    var text: String? {
        guard !missed.isEmpty else { return nil }
        let numbers = missed.prefix(3).map(\.number).joined(separator: "、") + (missed.count > 3 ? "…" : "")
        return "! 阶段回复失约 \(missed.count) 张（\(numbers)）：承诺客户的时间已过仍未答复，请催办主办部门"
    }

    /// Draws the line on `row` if there is one; the rows it used (0 or 1).
    @discardableResult
    func draw(into buffer: inout Buffer, in row: Rect) -> Int {
        guard let text, row.height > 0 else { return 0 }
        buffer.put(TextFit.fit(text, width: row.width), at: row.origin, role: .overdue, clip: row.row(0))
        return 1
    }
}
