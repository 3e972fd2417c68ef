import HallDomain
import TermUI

/// The line that stays on a desk while orders escalated to someone there wait for them to
/// acknowledge it (`order ack-escalation`, the k key): the count and the first orders. The
/// coordinator sees both levels, a department's head their department's, the 所长 theirs.
struct EscalationBanner {
    /// The orders waiting, each with the level it waits at, in the book's order.
    var waiting: [(order: WorkOrder, level: EscalationLevel)]
    /// What to press, and where.
    var hint: String

    /// For a desk watching `levels`, only `department`'s orders when one is given.
    init(standings: WorkOrderStandings, levels: [EscalationLevel], department: String? = nil, hint: String) {
        waiting = levels.flatMap { level in standings.awaitingAcknowledgement(at: level, department: department).map { ($0, level) } }
        self.hint = hint
    }

    /// The orders marked 「↑」 in this desk's list.
    var numbers: Set<String> { Set(waiting.map(\.order.number)) }

    var text: String? {
        guard !waiting.isEmpty else { return nil }
        let counts = EscalationLevel.allCases.compactMap { level -> String? in
            let count = waiting.count { $0.level == level }
            return count == 0 ? nil : "待\(level.chineseName)知悉 \(count) 张"
        }
        let names = waiting.prefix(3).map { "\($0.order.number) \($0.order.leadDepartment ?? "")" }
        return "↑ 升级" + counts.joined(separator: "、") + "：" + names.joined(separator: "，") + (waiting.count > 3 ? "…" : "") + hint
    }

    /// Draws the banner on `row` if there is one; the rows it used (0 or 1).
    @discardableResult
    func draw(into buffer: inout Buffer, in row: Rect) -> Int {
        guard let text, row.height > 0 else { return 0 }
        buffer.put(TextFit.fit(text, width: row.width), at: row.origin, role: .warning, emphasis: .bold, clip: row.row(0))
        return 1
    }
}
