import Foundation

/// More orders turned out to share an open case's root cause and were put in it.
public struct ImprovementCaseOrdersAdded: WorkOrderEventBody {
    public static let type = "improvementCaseOrdersAdded"
    public static let version = 1

    public var caseNumber: String
    public var orders: [String]

    public init(caseNumber: String, orders: [String]) {
        self.caseNumber = caseNumber
        self.orders = orders
    }

    public var event: WorkOrderEvent { .improvementCaseOrdersAdded(self) }

    /// 「GD000004、GD000005 列入改进案例 GJ0001」.
    public var summary: String {
        "\(orders.joined(separator: "、")) 列入改进案例 \(caseNumber)"
    }

    /// False if the case or any order is missing; what exists is still changed.
    public func apply(to book: inout WorkOrderBook, at time: Date, actor: String) -> Bool {
        let found = book.updateCase(caseNumber) { improvementCase in
            improvementCase.orders += orders.filter { !improvementCase.orders.contains($0) }
        }
        return book.record(WorkOrderHistoryEntry(time: time, actor: actor, event: event), on: orders) && found
    }
}
