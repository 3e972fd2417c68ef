import HallDomain

/// One improvement case as `case list` prints it: a line for people, an object for scripts.
struct CaseRow: Encodable {
    var number: String
    var status: String
    var overdue: Bool
    var rootCause: String
    var action: String
    var ownerDepartment: String
    var dueDay: String
    var orders: [String]
    var progress: [String]
    var outcome: String?
    var openedAt: String
    var doneAt: String?

    init(_ improvementCase: ImprovementCase, today: String, reading: OrderReading) {
        number = improvementCase.number
        status = improvementCase.status.rawValue
        overdue = improvementCase.isOverdue(today: today)
        rootCause = improvementCase.rootCause
        action = improvementCase.action
        ownerDepartment = improvementCase.ownerDepartment
        dueDay = improvementCase.dueDay
        orders = improvementCase.orders
        progress = improvementCase.progress.map(\.note)
        outcome = improvementCase.outcome
        openedAt = reading.iso(improvementCase.openedAt)
        doneAt = improvementCase.doneAt.map(reading.iso)
    }

    /// 「GJ0001  进行中 逾期  营销部  期限 2026-10-31  根因：…  措施：…  工单 GD000001、GD000002」.
    var text: String {
        let standing = (ImprovementCaseStatus(rawValue: status)?.chineseName ?? status) + (overdue ? " 逾期" : "")
        let latest = outcome.map { "  结果：\($0)" } ?? progress.last.map { "  最新进展：\($0)" } ?? ""
        return "\(number)  \(standing)  \(ownerDepartment)  期限 \(dueDay)  根因：\(rootCause)  措施：\(action)"
            + "  工单 \(orders.joined(separator: "、"))" + latest
    }
}
