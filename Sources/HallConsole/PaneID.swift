/// The panes of the console, in Tab order. Each capability adds its pane here.
public enum PaneID: Int, Sendable, Equatable, CaseIterable {
    case home
    case guide
    case counter
    case coordinator
    case department
    case manager
    case reports
    case eventLog

    public var title: String {
        switch self {
        case .home: "首页"
        case .guide: "导引台"
        case .counter: "窗口"
        case .coordinator: "工单协调"
        case .department: "部门工单"
        case .manager: "现场看板"
        case .reports: "报表"
        case .eventLog: "事件日志"
        }
    }
}
