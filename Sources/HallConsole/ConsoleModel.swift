import TermUI

/// The console's own state between frames: which pane is open, whether help is showing,
/// where each pane's cursor is. Everything else comes from the log (`HallState`) or from
/// `ConsoleFacts`.
public struct ConsoleModel: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        case keepGoing
        case quit
    }

    public var pane: PaneID = .home
    public var showingHelp = false
    public var eventLog = EventLogPaneModel()

    public init() {}

    /// Applies one key. Help and Tab are the same on every pane; the rest goes to the pane.
    public mutating func handle(_ key: Key, facts: ConsoleFacts, size: Size) -> Outcome {
        if showingHelp {
            switch key {
            case .escape, .character("?"), .character("q"), .function(1), .enter: showingHelp = false
            default: break
            }
            return .keepGoing
        }
        switch key {
        case .character("?"), .function(1): showingHelp = true
        case .character("q"): return .quit
        case .tab: pane = PaneID(rawValue: (pane.rawValue + 1) % PaneID.allCases.count) ?? .home
        case .backTab: pane = PaneID(rawValue: (pane.rawValue + PaneID.allCases.count - 1) % PaneID.allCases.count) ?? .home
        default:
            if pane == .eventLog {
                eventLog.handle(key, records: facts.recent.count, visibleRows: ConsoleLayout(size: size).paneBody.height)
            }
        }
        return .keepGoing
    }
}
