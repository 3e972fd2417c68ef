import HallDomain

/// The three steps of the coordinator's follow-up (回访): how the customer is reached, with
/// the number to call whole for whoever the matrix lets see it (`seeCustomerContact`) and
/// masked for anyone else; what the customer said of the result; and the note.
enum FollowUpDialog {
    static func method(_ order: WorkOrder, context: WorkOrderContext) -> Choice {
        let phone = order.customer.phone.map { context.sight.seesContact(of: order) ? $0 : Masking.phone($0) } ?? "未留电话"
        var lines = ["客户 \(order.customer.name)  电话 \(phone)"]
        if order.status == .awaitingSecondFollowUp {
            lines.append("二次回访：确认问题解决后没有再出现")
        }
        lines.append("回访方式：")
        return Choice(title: title(order.number, second: order.status == .awaitingSecondFollowUp), lines: lines,
                      options: FollowUpMethod.allCases.enumerated().map { .init(key: Character("\($0.offset + 1)"), label: $0.element.chineseName) })
    }

    static func satisfaction(_ number: String, method: FollowUpMethod) -> Choice {
        Choice(title: "回访 \(number)（\(method.chineseName)）", lines: ["客户对处理结果："],
               options: Satisfaction.allCases.enumerated().map { .init(key: Character("\($0.offset + 1)"), label: $0.element.chineseName) })
    }

    static func note(_ number: String, satisfaction: Satisfaction, method: FollowUpMethod) -> Prompt {
        Prompt(title: "回访 \(number)（\(method.chineseName)）：\(satisfaction.chineseName)",
               question: satisfaction == .dissatisfied ? "客户的意见（必填，工单将退回主办部门）：" : "回访记录（可留空）：")
    }

    private static func title(_ number: String, second: Bool) -> String {
        (second ? "二次回访 " : "回访 ") + number
    }
}
