import Foundation

/// What the coordinator settles about an order just taken in, before any department sees
/// it: its category when the call centre's name matched none (待归类), and whether it is
/// this station's at all (属地管理).
extension WorkOrderDecision {
    /// Only a 待归类 order is classified here, while it is open, and only into a category of
    /// the seeds; a major category escalates the order to the station head as it would have
    /// at receipt.
    func classify(_ number: String, as code: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        guard order.awaitsClassification else {
            throw HallRefusal(.notAwaitingClassification,
                              "工单 \(number) 已归类为“\(order.categoryName ?? order.category)”，不是待归类工单，无需归类")
        }
        try require(order, in: Set(WorkOrderStatus.allCases.filter(\.isOpen)), to: "归类")
        guard let category = settings.categories.first(where: { $0.code == code.uppercased() }) else {
            let examples = settings.categories.prefix(3).map { "\($0.code)（\($0.name)）" }.joined(separator: "、")
            throw HallRefusal(.unknownCategory, "没有代码为 \(code) 的诉求分类，请按 work-order-categories.toml 中的代码选择，如 \(examples)")
        }
        var events: [WorkOrderEvent] = [.classified(WorkOrderClassified(order: number, category: category.code,
                                                                         categoryName: category.name, major: category.major))]
        if category.major, !order.major {
            events.append(.escalated(WorkOrderEscalated(order: number, level: .stationHead, reason: .major)))
        }
        return events
    }

    /// An order whose customer lies in another station's territory goes back to the dispatcher
    /// above before any department here takes it: a dispatched one is recalled first.
    func returnToDispatcher(_ number: String, note: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        let station = catalog.hall.station
        guard order.isOutside(station: station) else {
            throw HallRefusal(.notOutsideStation,
                              "工单 \(number) 的客户属 \(order.customer.station)，是本所（\(station)）的工单，不能退回上级；地址有误请先核对")
        }
        try require(order, in: [.awaitingDispatch], to: "退回上级（已派出的请先撤回）")
        return [.returnedToDispatcher(WorkOrderReturnedToDispatcher(order: number, station: order.customer.station,
                                                                    note: note.trimmingCharacters(in: .whitespacesAndNewlines)))]
    }
}
