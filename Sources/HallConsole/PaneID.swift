/// The panes of the console, in Tab order. Each capability adds its pane here.
public enum PaneID: Int, Sendable, Equatable, CaseIterable {
    case home
    case eventLog

    public var title: String {
        switch self {
        case .home: "首页"
        case .eventLog: "事件日志"
        }
    }
}
