import Foundation

/// The reply templates by category code, with a fallback for categories without one.
public struct ReplyTemplates: Sendable, Equatable {
    public var byCategory: [String: ReplyTemplate]
    public var fallback: ReplyTemplate?

    public init(byCategory: [String: ReplyTemplate] = [:], fallback: ReplyTemplate? = nil) {
        self.byCategory = byCategory
        self.fallback = fallback
    }

    public func template(for category: String) -> ReplyTemplate? {
        byCategory[category] ?? fallback
    }

    /// A first draft of the reply to `order`: what was done and the result, filled from the
    /// template. When, by whom and the customer's own feedback are left blank on purpose:
    /// only the handler knows them, and `WorkOrderReply.missingParts` will ask for them.
    public func draft(for order: WorkOrder) -> WorkOrderReply {
        let template = template(for: order.category)
        return WorkOrderReply(handledAt: "", handler: "",
                              actions: template.map { ReplyTemplate.fill($0.actions, from: order) } ?? "",
                              result: template.map { ReplyTemplate.fill($0.result, from: order) } ?? "",
                              customerFeedback: "", utilityAtFault: false)
    }
}
