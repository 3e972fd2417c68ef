import HallDomain
import TermUI

/// The manager's board is read-only, but it can be looked into: ↑↓ choose a queue row,
/// Enter lists that queue's waiting slips (`QueueSlipList`), Esc goes back to the board.
struct ManagerPaneModel: Sendable, Equatable {
    /// The chosen row of the queue table.
    var selectedQueue = 0
    /// The letter of the queue whose slips are listed; nil on the board.
    var openQueue: String?

    mutating func handle(_ key: Key, queues: [QueueSummary]) {
        guard openQueue == nil else {
            if key == .escape || key == .enter { openQueue = nil }
            return
        }
        guard !queues.isEmpty else { return }
        switch key {
        case .up, .character("k"): selectedQueue = max(0, selectedQueue - 1)
        case .down, .character("j"): selectedQueue = min(queues.count - 1, selectedQueue + 1)
        case .enter: openQueue = queues[min(selectedQueue, queues.count - 1)].letter
        default: break
        }
    }
}
