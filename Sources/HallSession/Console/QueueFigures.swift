import Foundation
import HallDomain
import HallStore

/// The queues' figures for one log head and one minute. Every frame of a console or of the
/// public board shows them, but the forecast behind each estimate is too dear to repeat every
/// tick (or every key that only moves a cursor); within a minute and with no new record they
/// cannot differ.
public struct QueueFigures {
    private var memo = HeadMinuteMemo<[QueueSummary]>()

    public init() {}

    public mutating func summaries(of replica: HallReplica, catalog: Catalog, now: Date) -> [QueueSummary] {
        memo.value(seq: replica.head.seq, now: now) { replica.state.queueSummaries(catalog: catalog, now: now) }
    }
}
