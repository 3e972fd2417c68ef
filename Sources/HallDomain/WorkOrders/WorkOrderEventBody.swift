import Foundation

/// The body of an event about work orders: it knows its case in `WorkOrderEvent` and how
/// it changes the book, the way a `DayEvent` changes its day.
public protocol WorkOrderEventBody: EventBody {
    var event: WorkOrderEvent { get }
    /// One line of plain Chinese, as staff would say what happened (「派单：主办 营销部」), for
    /// the timeline and `order show`. Nothing is masked here: whoever shows it masks.
    var summary: String { get }
    /// Applies the fact; false if it names an order the book does not hold (counted, not dropped).
    func apply(to book: inout WorkOrderBook, at time: Date, actor: String) -> Bool
}

/// A body about one existing order, named by `order`.
public protocol OrderEventBody: WorkOrderEventBody {
    var order: String { get }
    func apply(to order: inout WorkOrder, at time: Date, actor: String)
}

extension OrderEventBody {
    public func apply(to book: inout WorkOrderBook, at time: Date, actor: String) -> Bool {
        book.update(order) { order in
            apply(to: &order, at: time, actor: actor)
            order.history.append(WorkOrderHistoryEntry(time: time, actor: actor, event: event))
        }
    }
}
