/// The longest text one field of a command may hold, in characters (字), and the field's
/// Chinese name for the refusal.
///
/// Checked in `decide`, so the console's forms, the scripting commands and the 95598
/// import all meet the same limits. Limits fit what the field is for: a name on a slip or
/// a list, a phone number with an extension, a description a call-centre agent types
/// during a call. They also keep one pasted or imported cell from bloating every record
/// and every screen that shows it. A refusal names the field, the limit and the length
/// given, never the text itself: it may be a customer's.
public struct FieldLimit: Sendable, Equatable {
    public var name: String
    public var maxCharacters: Int

    public init(_ name: String, _ maxCharacters: Int) {
        self.name = name
        self.maxCharacters = maxCharacters
    }

    /// Refuses `text` when it is longer than the limit; nil and short text pass.
    public func check(_ text: String?) throws(HallRefusal) {
        guard let text, text.utf8.count > maxCharacters else { return }
        let count = text.count
        guard count > maxCharacters else { return }
        throw HallRefusal(.tooLong, "\(name)太长：最多 \(maxCharacters) 字，这次有 \(count) 字。请删减到 \(maxCharacters) 字以内再提交。")
    }

    /// Checks each field in turn; the first one too long is refused.
    public static func check(_ fields: [(FieldLimit, String?)]) throws(HallRefusal) {
        for (limit, text) in fields { try limit.check(text) }
    }
}

extension FieldLimit {
    // Identifiers: codes and numbers the system hands out or the seeds define.
    public static let businessType = FieldLimit("业务类型代码", 20)
    public static let queue = FieldLimit("队列代码", 10)
    public static let slip = FieldLimit("小票号", 10)
    public static let order = FieldLimit("工单编号", 20)
    public static let improvementCase = FieldLimit("改进案例编号", 20)
    public static let suggestion = FieldLimit("改进建议编号", 200)
    public static let staffID = FieldLimit("审批人工号", 20)
    public static let department = FieldLimit("部门名称", 50)
    public static let category = FieldLimit("诉求类别", 50)
    public static let document = FieldLimit("证照资料名称", 100)
    public static let hotlineNumber = FieldLimit("95598 工单编号", 40)
    public static let dueDay = FieldLimit("完成日期", 20)

    // The customer, as told when an order is received.
    public static let customerName = FieldLimit("客户名称", 50)
    public static let phone = FieldLimit("联系电话", 20)
    public static let accountNumber = FieldLimit("用电户号", 30)
    public static let address = FieldLimit("用电地址", 200)
    public static let area = FieldLimit("所属区域", 50)
    public static let station = FieldLimit("供电单位", 50)
    public static let tier = FieldLimit("客户等级", 20)

    // What staff write.
    public static let description = FieldLimit("诉求内容", 2_000)
    public static let reason = FieldLimit("原因", 500)
    public static let note = FieldLimit("说明", 1_000)
    public static let handler = FieldLimit("处理人", 50)
    public static let responsiblePerson = FieldLimit("责任人", 50)
    public static let responsibleDepartment = FieldLimit("责任部门", 50)
    public static let handledAt = FieldLimit("处理时间", 30)
    public static let promisedAt = FieldLimit("承诺时间", 30)
    public static let complainedAbout = FieldLimit("被投诉人", 50)
    public static let faultCause = FieldLimit("损坏原因", 200)
    public static let replyActions = FieldLimit("处理或解释的内容", 2_000)
    public static let replyResult = FieldLimit("处理结果", 1_000)
    public static let customerFeedback = FieldLimit("客户反馈", 1_000)
    public static let question = FieldLimit("会诊问题", 1_000)
    public static let finding = FieldLimit("会诊意见", 1_000)
    public static let rootCause = FieldLimit("根本原因", 1_000)
    public static let improvementAction = FieldLimit("改进措施", 1_000)
    public static let outcome = FieldLimit("完成情况", 1_000)
}
