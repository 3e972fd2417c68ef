import TermUI

/// The Reports pane's own state: which half of the month's report is showing. The figures
/// themselves come from the wiring (`ConsoleFacts.monthReport`), read from the log on demand.
struct ReportsPaneModel: Sendable, Equatable {
    enum Section: Int, Sendable, Equatable, CaseIterable {
        case workOrders, hall

        var title: String { self == .workOrders ? "工单" : "营业厅" }
    }

    var section: Section = .workOrders

    /// ←→ switch halves; `r` asks the wiring to read the log again (true).
    mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .left, .right, .character("1"), .character("2"):
            section = key == .character("1") ? .workOrders : key == .character("2") ? .hall : section == .hall ? .workOrders : .hall
        case .character("r"):
            return true
        default:
            break
        }
        return false
    }
}
