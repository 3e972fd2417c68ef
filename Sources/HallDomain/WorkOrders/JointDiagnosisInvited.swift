import Foundation

/// The dispatcher asked other departments to look at a hard case together (联合会诊). Each
/// invited department is expected to record its finding; until then it shows as pending.
public struct JointDiagnosisInvited: OrderEventBody {
    public static let type = "jointDiagnosisInvited"
    public static let version = 1

    public var order: String
    public var departments: [String]
    public var question: String

    public init(order: String, departments: [String], question: String) {
        self.order = order
        self.departments = departments
        self.question = question
    }

    public var event: WorkOrderEvent { .jointDiagnosisInvited(self) }

    /// 「联合会诊：邀请 运检部、计量班，问题：客户称电表走快」.
    public var summary: String {
        "联合会诊：邀请 \(departments.joined(separator: "、"))，问题：\(SummaryText.oneLine(question))"
    }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.invitedDepartments += departments.filter { !order.invitedDepartments.contains($0) }
        order.jointQuestion = question
    }
}
