import Foundation

/// 阶段回复: the lead department told the customer how the matter stands and promised to
/// come back by a time. A later one replaces the promise; the final reply fulfils it.
public struct WorkOrderInterimReplied: OrderEventBody {
    public static let type = "workOrderInterimReplied"
    public static let version = 1

    public var order: String
    public var note: String
    /// The promised instant, as due times are stored in bodies (`InstantText`).
    public var promisedAt: String
    /// The promised time as typed, so the timeline reads as the customer was told.
    public var promisedText: String

    public init(order: String, note: String, promisedAt: String, promisedText: String) {
        self.order = order
        self.note = note
        self.promisedAt = promisedAt
        self.promisedText = promisedText
    }

    public var event: WorkOrderEvent { .interimReplied(self) }

    public var summary: String { SummaryText.titled("阶段回复（承诺 \(promisedText) 前再答复）", note) }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        // An unreadable instant (a damaged body) lapses at once rather than never.
        order.promise = WorkOrderPromise(madeAt: time, due: InstantText.date(promisedAt) ?? time, dueText: promisedText, note: note)
    }
}
