/// The columns of a 95598 export that become a work order, each with the header names it
/// goes by. Columns are found by name, never by position: call-centre exports differ from
/// province to province in order and in wording, and a coordinator may rearrange them in
/// Excel. docs/import-95598.md lists the same names for the coordinator.
public enum HotlineColumn: String, CSVColumn {
    case hotlineNumber, receivedAt, kind, category
    case customerName, phone, accountNumber, address, station, area, areaType, customerKind
    case description, importance

    public var names: [String] {
        switch self {
        case .hotlineNumber: ["工单编号", "工单号", "95598工单编号", "95598工单号", "工单编码"]
        case .receivedAt: ["受理时间", "受理日期", "来电时间", "工单受理时间"]
        case .kind: ["业务类型", "工单类型", "业务类别"]
        case .category: ["诉求类别", "诉求分类", "问题分类"]
        case .customerName: ["客户名称", "客户姓名", "户名"]
        case .phone: ["联系电话", "客户电话", "联系方式", "电话"]
        case .accountNumber: ["用电户号", "户号", "客户编号"]
        case .address: ["用电地址", "客户地址", "地址"]
        case .station: ["供电单位", "供电所", "所属供电所"]
        case .area: ["所属区域", "台区", "所属台区", "区域"]
        case .areaType: ["城乡类别", "城乡类型", "地域类别"]
        case .customerKind: ["客户类别", "客户类型", "用户类别"]
        case .description: ["诉求内容", "受理内容", "工单内容", "来电内容"]
        case .importance: ["重要程度", "紧急程度"]
        }
    }

    /// Without these a row is no work order: which call, when, what kind, about what.
    public var isRequired: Bool {
        switch self {
        case .hotlineNumber, .receivedAt, .kind, .category, .description: true
        default: false
        }
    }
}
