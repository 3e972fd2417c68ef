import TermUI

/// The event log pane's cursor. It follows the newest record until the user moves up, as
/// `tail -f` does, so an operator watching sees events arrive.
public struct EventLogPaneModel: Sendable, Equatable {
    /// Index into the records shown; nil means "stay on the newest".
    public var selection: Int?
    public var offset = 0

    public init() {}

    mutating func handle(_ key: Key, records: Int, visibleRows: Int) {
        guard records > 0 else { return }
        let current = selection ?? records - 1
        let page = max(1, visibleRows - 1)
        let target: Int
        switch key {
        case .up, .character("k"): target = current - 1
        case .down, .character("j"): target = current + 1
        case .pageUp: target = current - page
        case .pageDown: target = current + page
        case .home, .character("g"): target = 0
        case .end, .character("G"): target = records - 1
        default: return
        }
        let clamped = min(max(0, target), records - 1)
        selection = clamped == records - 1 ? nil : clamped
        offset = Scrolling.offset(keeping: clamped, previous: offset, visibleRows: visibleRows, count: records)
    }
}
