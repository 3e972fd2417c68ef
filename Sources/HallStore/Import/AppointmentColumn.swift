/// The columns of an appointment list (网上国网's export, or a list kept in Excel), found by
/// the header names they go by.
public enum AppointmentColumn: String, CSVColumn {
    case day, slot, business, name, phone, source

    public var names: [String] {
        switch self {
        case .day: ["预约日期", "日期", "办理日期"]
        case .slot: ["时段", "预约时段", "预约时间"]
        case .business: ["业务", "业务类型", "预约业务", "办理业务"]
        case .name: ["姓名", "客户姓名", "客户名称", "户名"]
        case .phone: ["电话", "联系电话", "手机", "手机号码"]
        case .source: ["来源", "预约来源", "预约渠道", "渠道"]
        }
    }

    /// A list without a source is the app's own export: 网上国网 is assumed.
    public var isRequired: Bool { self != .source }
}
