import Foundation

/// The coordinator dismissed a suggested case, saying why, so it does not come back for
/// the same orders.
public struct CaseSuggestionDismissed: WorkOrderEventBody {
    public static let type = "caseSuggestionDismissed"
    public static let version = 1

    public var key: String
    public var orders: [String]
    public var reason: String

    public init(key: String, orders: [String], reason: String) {
        self.key = key
        self.orders = orders
        self.reason = reason
    }

    public var event: WorkOrderEvent { .caseSuggestionDismissed(self) }

    /// 「不立改进案例（area-FWTD-天河北，3 张）：各自原因不同」.
    public var summary: String {
        SummaryText.titled("不立改进案例（\(key)，\(orders.count) 张）", reason)
    }

    public func apply(to book: inout WorkOrderBook, at time: Date, actor: String) -> Bool {
        book.dismissedSuggestions.append(DismissedSuggestion(key: key, orders: orders, reason: reason, time: time, actor: actor))
        return true
    }
}
