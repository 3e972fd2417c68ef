import Foundation

/// A note of progress by the department, for the timeline.
public struct WorkOrderProgressNoted: OrderEventBody {
    public static let type = "workOrderProgressNoted"
    public static let version = 1

    public var order: String
    public var note: String

    public init(order: String, note: String) {
        self.order = order
        self.note = note
    }

    public var event: WorkOrderEvent { .progressNoted(self) }

    public var summary: String { SummaryText.titled("进展", note) }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        // The note is for the timeline, which is read from the log; the order itself does not change.
    }
}
