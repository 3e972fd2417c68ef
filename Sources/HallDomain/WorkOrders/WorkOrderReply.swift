/// What a department's reply must state before the coordinator can check it: when and by
/// whom it was handled, what was done or explained, the result with the customer's own
/// feedback, and, when the utility was at fault, the responsible person.
public struct WorkOrderReply: Sendable, Equatable, Codable {
    /// The handling time as the handler states it, local, e.g. 「2026-10-08 10:30」.
    public var handledAt: String
    public var handler: String
    public var actions: String
    public var result: String
    public var customerFeedback: String
    public var utilityAtFault: Bool
    public var responsiblePerson: String?
    /// 有责损坏赔偿的产生原因: on a compensation order found at fault, what caused the damage
    /// (e.g. 「台区零线断线致过电压」); counted month by month in the report. Nil elsewhere.
    public var faultCause: String?

    public init(handledAt: String, handler: String, actions: String, result: String, customerFeedback: String,
                utilityAtFault: Bool, responsiblePerson: String? = nil, faultCause: String? = nil) {
        self.faultCause = faultCause
        self.handledAt = handledAt
        self.handler = handler
        self.actions = actions
        self.result = result
        self.customerFeedback = customerFeedback
        self.utilityAtFault = utilityAtFault
        self.responsiblePerson = responsiblePerson
    }

    /// The Chinese names of the required parts left blank, in the order the form asks them.
    public var missingParts: [String] {
        var missing: [String] = []
        func blank(_ text: String?) -> Bool { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        if blank(handledAt) { missing.append("处理时间") }
        if blank(handler) { missing.append("处理人") }
        if blank(actions) { missing.append("处理或解释的内容") }
        if blank(result) { missing.append("处理结果") }
        if blank(customerFeedback) { missing.append("客户反馈") }
        if utilityAtFault, blank(responsiblePerson) { missing.append("责任人") }
        return missing
    }
}
