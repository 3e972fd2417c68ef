import HallDomain

/// The counter's state as the clerk's screen names it: whether customers can be called
/// here (开放), not for now (暂停), or not today (关闭).
enum CounterStateName {
    static func text(_ state: CounterState) -> String {
        switch state {
        case .open: "开放"
        case .paused: "暂停"
        case .closed: "关闭"
        }
    }
}
