import Foundation

/// The dispatcher ties orders together so they are handled and counted as one matter.
extension WorkOrderDecision {
    func link(_ number: String, to otherNumber: String, reason: LinkReason) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        _ = try self.order(otherNumber)
        guard number != otherNumber else {
            throw HallRefusal(.linkToItself, "工单不能与自身关联，请选择另一张工单")
        }
        if let existing = order.links.first(where: { $0.other == otherNumber }) {
            throw HallRefusal(.alreadyLinked, "工单 \(number) 与 \(otherNumber) 已按“\(existing.reason.chineseName)”关联，无需再关联")
        }
        return [.linked(WorkOrdersLinked(order: number, other: otherNumber, reason: reason))]
    }
}
