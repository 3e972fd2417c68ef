import Foundation

/// The coordinator or the manager opens improvement cases and follows them until done; the
/// owner department may write how its action is getting on.
extension WorkOrderDecision {
    func openCase(_ draft: ImprovementCaseDraft) throws(HallRefusal) -> [WorkOrderEvent] {
        try requireText(draft.rootCause, .rootCauseMissing, "请写明根本原因：这些工单为什么会发生")
        try requireText(draft.action, .improvementActionMissing, "请写明改进措施：做什么才能不再发生")
        try requireDepartment(draft.ownerDepartment)
        try requireDueDay(draft.dueDay)
        guard !draft.orders.isEmpty else {
            throw HallRefusal(.caseOrdersMissing, "请至少列出一张由这个原因引起的工单")
        }
        let orders = try newOrders(draft.orders, joining: nil)
        return [.improvementCaseOpened(ImprovementCaseOpened(caseNumber: book.nextCaseNumber, rootCause: draft.rootCause,
                                                             action: draft.action, ownerDepartment: draft.ownerDepartment,
                                                             dueDay: draft.dueDay, orders: orders))]
    }

    func addToCase(_ number: String, orders: [String]) throws(HallRefusal) -> [WorkOrderEvent] {
        let improvementCase = try requireOpenCase(number, to: "添加工单")
        guard !orders.isEmpty else {
            throw HallRefusal(.caseOrdersMissing, "请列出要加入改进案例 \(number) 的工单编号")
        }
        return [.improvementCaseOrdersAdded(ImprovementCaseOrdersAdded(caseNumber: number,
                                                                       orders: try newOrders(orders, joining: improvementCase)))]
    }

    func recordCaseProgress(_ number: String, note: String) throws(HallRefusal) -> [WorkOrderEvent] {
        _ = try requireOpenCase(number, to: "记录进展")
        try requireText(note, .noteMissing, "请写明进展：做了什么、还差什么")
        return [.improvementProgressRecorded(ImprovementProgressRecorded(caseNumber: number, note: note))]
    }

    func finishCase(_ number: String, outcome: String) throws(HallRefusal) -> [WorkOrderEvent] {
        _ = try requireOpenCase(number, to: "确认完成")
        try requireText(outcome, .improvementActionMissing, "请写明实际做了什么，供月度分析引用")
        return [.improvementCaseDone(ImprovementCaseDone(caseNumber: number, outcome: outcome))]
    }

    /// The case `number`, which must still be open for `action`.
    private func requireOpenCase(_ number: String, to action: String) throws(HallRefusal) -> ImprovementCase {
        guard let improvementCase = book.improvementCase(number) else {
            throw HallRefusal(.unknownImprovementCase, "没有改进案例 \(number)，请核对案例编号（如 GJ0001）")
        }
        guard improvementCase.status == .open else {
            throw HallRefusal(.improvementCaseDone, "改进案例 \(number) 已完成，不能再\(action)；同一原因再次出现请另立案例")
        }
        return improvementCase
    }

    /// `numbers` without repeats, each an existing order not yet in `improvementCase`. An
    /// order may sit in another case too: one complaint can have two causes.
    private func newOrders(_ numbers: [String], joining improvementCase: ImprovementCase?) throws(HallRefusal) -> [String] {
        var orders: [String] = []
        for number in numbers where !orders.contains(number) {
            _ = try order(number)
            if let improvementCase, improvementCase.orders.contains(number) {
                throw HallRefusal(.orderAlreadyInCase, "工单 \(number) 已在改进案例 \(improvementCase.number) 中，无需再加")
            }
            orders.append(number)
        }
        return orders
    }

    /// A real `yyyy-MM-dd` day, not before today in the hall's zone.
    private func requireDueDay(_ text: String) throws(HallRefusal) {
        guard let day = CalendarDay(text) else {
            throw HallRefusal(.dueDayInvalid, "完成期限“\(text)”不是日期，请写成 2026-11-30 这样的年-月-日")
        }
        let today = LocalTime(now, in: settings.calendar.timeZone).day
        guard day >= today else {
            throw HallRefusal(.dueDayInvalid, "完成期限 \(text) 已过（今天是 \(today)），请定一个今天或以后的日期")
        }
    }
}
