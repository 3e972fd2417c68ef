/// The columns of an arrival trace (`simulate --trace`), each with the header names it
/// goes by: Chinese as a hall writes them, English for whoever exports from a queue system.
/// docs/simulate-trace.md lists the same names.
public enum TraceColumn: String, CSVColumn {
    case arrival, businessType, customerKind, documentsComplete, answerableAtDoor, serviceMinutes
    case priority, noShow

    public var names: [String] {
        switch self {
        case .arrival: ["到达时间", "到达", "arrival", "arrival_time"]
        case .businessType: ["业务类型", "业务", "business_type", "business"]
        case .customerKind: ["客户类型", "客户类别", "customer_kind"]
        case .documentsComplete: ["资料齐全", "documents_complete"]
        case .answerableAtDoor: ["门口可答复", "answerable_at_door"]
        case .serviceMinutes: ["办理分钟", "办理时长", "service_minutes"]
        case .priority: ["优先", "优先类别", "priority"]
        case .noShow: ["过号", "no_show"]
        }
    }

    /// Who came when for what, and what happened at the door and the counter: without
    /// these a row is no customer the simulator can play. Priority and no-show default to
    /// none, as for most customers.
    public var isRequired: Bool {
        switch self {
        case .priority, .noShow: false
        default: true
        }
    }
}
