import HallDomain
import TermUI

/// The line on the coordinator's desk while imported orders wait for what only the
/// coordinator settles: a category for the 待归类 ones, and the dispatcher above for those
/// of another station's territory (非本所属地). Nothing else lists them as needing it.
struct IntakeLine {
    var standings: WorkOrderStandings
    var station: String

    var text: String? {
        let unclassified = standings.attention.unclassified
        let outside = standings.orders(in: .awaitingDispatch).filter { $0.status == .awaitingDispatch && $0.isOutside(station: station) }
        var parts: [String] = []
        if !unclassified.isEmpty {
            parts.append("待归类 \(unclassified.count) 张（\(Self.numbers(unclassified))），按 g 归类")
        }
        if !outside.isEmpty {
            parts.append("非本所属地 \(outside.count) 张（\(Self.numbers(outside))），按 b 退回上级")
        }
        return parts.isEmpty ? nil : "! " + parts.joined(separator: "；")
    }

    private static func numbers(_ orders: [WorkOrder]) -> String {
        orders.prefix(3).map(\.number).joined(separator: "、") + (orders.count > 3 ? "…" : "")
    }

    /// Draws the line on `row` if there is one; the rows it used (0 or 1).
    @discardableResult
    func draw(into buffer: inout Buffer, in row: Rect) -> Int {
        guard let text, row.height > 0 else { return 0 }
        buffer.put(TextFit.fit(text, width: row.width), at: row.origin, role: .warning, clip: row.row(0))
        return 1
    }
}
