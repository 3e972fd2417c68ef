/// 诉求类别: what the customer came about. The kind decides the deadlines that apply.
public enum WorkOrderKind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case enquiry, faultReport, opinion, suggestion, complaint, praise, report

    public var chineseName: String {
        switch self {
        case .enquiry: "咨询"
        case .faultReport: "报障"
        case .opinion: "意见"
        case .suggestion: "建议"
        case .complaint: "投诉"
        case .praise: "表扬"
        case .report: "举报"
        }
    }
}

extension WorkOrderKind {
    /// What a 95598 order whose 业务类型 the hall does not know is received as: a complaint,
    /// whose clocks (first contact within a working day, seed 000 3.4) are the ones a real
    /// complaint must not miss while someone checks what it is.
    public static let unrecognisedHotlineKind = WorkOrderKind.complaint

    /// 「业务类型待核（客服中心：工单督办）」, or 「…（客服中心未填）」 for a blank cell.
    public static func unconfirmedText(reported: String) -> String {
        "业务类型待核（客服中心" + (reported.isEmpty ? "未填）" : "：\(reported)）")
    }
}
