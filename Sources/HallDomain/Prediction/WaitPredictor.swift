import Foundation

/// One way of telling a customer how long they will wait. Several stand behind this one
/// interface so that `PredictionEvaluation` can replay a log and put their errors side by
/// side: the default is chosen by evidence, not by taste.
public protocol WaitPredictor: Sendable {
    /// Recorded in the slip's estimate (`WaitEstimate.method`), versioned.
    var method: String { get }
    /// The wait for a customer joining `queue` at `now` with `priority`, on the day as it stands.
    func predict(queue: String, priority: PriorityClass?, day: HallDay, catalog: Catalog, now: Date) -> WaitEstimate
}

/// The rule the hall-queue issue shipped: each slip ahead at its business type's typical
/// minutes, learned from finished services, divided by the queue's share of open counters.
public struct BusinessTypePredictor: WaitPredictor {
    public init() {}

    public var method: String { WaitEstimator.method }

    public func predict(queue: String, priority: PriorityClass?, day: HallDay, catalog: Catalog, now: Date) -> WaitEstimate {
        WaitEstimator(catalog: catalog, day: day, now: now).forNewArrival(queue: queue, priority: priority)
    }
}
