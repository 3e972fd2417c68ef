import Foundation

/// 阶段回复: what the lead department told the customer while the matter is not settled,
/// and the time it promised to come back by. The promise stands until a later reply or a
/// new promise; one whose time has passed with neither is 失约, flagged to the coordinator.
public struct WorkOrderPromise: Sendable, Equatable, Codable {
    /// When the interim reply was recorded.
    public var madeAt: Date
    /// The time promised to the customer.
    public var due: Date
    /// The time as the handler typed it, local, e.g. 「2026-10-09 17:00」.
    public var dueText: String
    public var note: String

    public init(madeAt: Date, due: Date, dueText: String, note: String) {
        self.madeAt = madeAt
        self.due = due
        self.dueText = dueText
        self.note = note
    }
}

extension WorkOrder {
    /// The standing promise whose time has passed at `now` with no reply after it (失约),
    /// or nil. A closed order owes the customer nothing more.
    public func missedPromise(at now: Date) -> WorkOrderPromise? {
        guard let promise, status.isOpen, now > promise.due else { return nil }
        if let repliedAt, repliedAt >= promise.madeAt { return nil }
        return promise
    }
}

extension WorkOrderBook {
    /// Open orders whose promise to the customer has lapsed at `now` (失约), oldest promise first.
    public func missedPromises(at now: Date) -> [WorkOrder] {
        Self.byPromiseDue(orders.filter { $0.missedPromise(at: now) != nil })
    }

    /// Orders with a promise, the one due first first.
    static func byPromiseDue(_ orders: [WorkOrder]) -> [WorkOrder] {
        orders.sorted { $0.promise!.due < $1.promise!.due }
    }
}
