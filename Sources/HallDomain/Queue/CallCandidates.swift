import Foundation

/// The waiting slips a counter could call, as the fairness rule asks about them. The rule
/// (`CallSelection.pick`) is written once against this, and runs both on the hall's real
/// day and on the many imagined futures of `QueueForecast`, which keeps its slips in a
/// faster shape than a day's list.
protocol CallCandidates {
    associatedtype Candidate

    /// The ordinary slip issued first among `queues`.
    func oldestOrdinary(in queues: [String]) -> Candidate?
    /// The ordinary slip issued first in one queue.
    func oldestOrdinary(queue: String) -> Candidate?
    /// The first priority slip among `queues` in `PriorityOrder`.
    func firstPriority(in queues: [String]) -> Candidate?
    func issuedAt(_ candidate: Candidate) -> Date
    func priority(_ candidate: Candidate) -> PriorityClass?
}

/// Why the rule picked a slip; `CallSelection` puts it in words for the clerk.
enum CallGround: Equatable {
    case ordinaryWaitedTooLong
    case priorityFirst
    case ordinary(queue: String)
    case onlyPriorityWaiting
}

/// A day's waiting slips as candidates.
struct DayCandidates: CallCandidates {
    let ordinary: [QueueSlip]
    let priorityOrdered: [QueueSlip]

    init(waiting: [QueueSlip]) {
        ordinary = waiting.filter { $0.priority == nil }.sorted { $0.isIssued(before: $1) }
        priorityOrdered = waiting.filter { $0.priority != nil }.sorted(by: PriorityOrder.precedes)
    }

    func oldestOrdinary(in queues: [String]) -> QueueSlip? { ordinary.first { queues.contains($0.queue) } }
    func oldestOrdinary(queue: String) -> QueueSlip? { ordinary.first { $0.queue == queue } }
    func firstPriority(in queues: [String]) -> QueueSlip? { priorityOrdered.first { queues.contains($0.queue) } }
    func issuedAt(_ candidate: QueueSlip) -> Date { candidate.issuedAt }
    func priority(_ candidate: QueueSlip) -> PriorityClass? { candidate.priority }
}
