import Foundation

/// What the desks' banners and the manager's radar count: major orders nobody acknowledged,
/// promises to customers that lapsed, orders waiting for a category, open orders by state,
/// late ones by lead department and those falling due today. Counted in one pass when the
/// standings are measured (`WorkOrderStandings`), not by a pass over the book for each line
/// of each frame: every pass copies each of thousands of orders to ask it one question.
public struct WorkOrderAttention: Sendable, Equatable {
    /// `WorkOrderBook.majorNotAcknowledged`, in book order.
    public private(set) var majorNotAcknowledged: [WorkOrder] = []
    /// `WorkOrderBook.missedPromises(at:)`: oldest promise first.
    public private(set) var missedPromises: [WorkOrder] = []
    /// Open orders received under no category of the seeds (待归类).
    public private(set) var unclassified: [WorkOrder] = []
    /// Open orders by state.
    public private(set) var openByStatus: [WorkOrderStatus: Int] = [:]
    /// Orders past an open deadline (`WorkOrder.isRunningLate(at:)`) by lead department; an
    /// order not yet dispatched counts under nil.
    public private(set) var lateByDepartment: [String?: Int] = [:]
    /// Orders with an open deadline still ahead today, in the hall's zone.
    public private(set) var dueToday = 0

    init(_ orders: [WorkOrder], now: Date, zone: TimeZone) {
        let today = LocalTime(now, in: zone).day
        let endOfToday = LocalTime(day: today.adding(days: 1), secondOfDay: 0).instant(in: zone)
        for order in orders {
            if order.awaitsMajorAcknowledgement { majorNotAcknowledged.append(order) }
            if order.missedPromise(at: now) != nil { missedPromises.append(order) }
            if order.status.isOpen {
                openByStatus[order.status, default: 0] += 1
                if order.awaitsClassification { unclassified.append(order) }
            }
            if order.isRunningLate(at: now) { lateByDepartment[order.leadDepartment, default: 0] += 1 }
            if order.fallsDue(from: now, before: endOfToday) { dueToday += 1 }
        }
        missedPromises = WorkOrderBook.byPromiseDue(missedPromises)
    }
}
