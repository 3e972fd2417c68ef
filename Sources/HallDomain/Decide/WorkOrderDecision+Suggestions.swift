import Foundation

/// The coordinator dismisses a suggested case that is not one root cause.
extension WorkOrderDecision {
    /// The suggestion is looked up over all time, so its key names the same group whatever
    /// period the coordinator was looking at; the dismissal covers the orders it has now.
    func dismissSuggestion(_ key: String, reason: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let suggestions = CaseSuggestion.find(book: book, rule: settings.batchRule, since: .distantPast, now: now)
        guard let suggestion = suggestions.first(where: { $0.key == key }) else {
            throw HallRefusal(.unknownSuggestion, "当前没有编号为 \(key) 的改进建议（可能已驳回或已立案），请先查看建议列表")
        }
        try requireText(reason, .reasonMissing, "请写明驳回原因：为什么这些工单不是同一个原因")
        return [.caseSuggestionDismissed(CaseSuggestionDismissed(key: key, orders: suggestion.orders, reason: reason))]
    }
}
