import Foundation

/// An order of another station's territory went back to the dispatcher above it (属地管理:
/// the station that covers the customer owns the order). The hall's work on it ends here;
/// it is not closed by the hall, so it counts in no closing or on-time figure.
public struct WorkOrderReturnedToDispatcher: OrderEventBody {
    public static let type = "workOrderReturnedToDispatcher"
    public static let version = 1

    public var order: String
    /// The station the customer belongs to, as the order names it.
    public var station: String
    public var note: String

    public init(order: String, station: String, note: String) {
        self.order = order
        self.station = station
        self.note = note
    }

    public var event: WorkOrderEvent { .returnedToDispatcher(self) }

    public var summary: String { "非本所属地，退回上级派单（属 \(station)）" + (note.isEmpty ? "" : "：\(note)") }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.status = .returnedToDispatcher
    }
}
