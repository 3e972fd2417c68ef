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
