import Foundation

/// The commercial queue systems' rule, kept as the yardstick: people ahead × the hall's
/// average service minutes ÷ the counters serving the queue. It knows nothing of what each
/// customer came for, so a queue of quick payments and one of new connections look alike.
public struct PositionPredictor: WaitPredictor {
    public static let method = "positionAverage.v1"

    public init() {}

    public var method: String { Self.method }

    public func predict(queue: String, priority: PriorityClass?, day: HallDay, catalog: Catalog, now: Date) -> WaitEstimate {
        let estimator = WaitEstimator(catalog: catalog, day: day, now: now)
        let ahead = PriorityOrder.ahead(ofNewcomerIn: queue, priority: priority, in: day).count
        let inHand = day.slips.count { $0.queue == queue && $0.status.isInHand }
        let minutes = catalog.businessTypes.map(\.serviceMinutes)
        let average = minutes.isEmpty ? 0 : minutes.reduce(0, +) / Double(minutes.count)
        let (counters, basis) = estimator.capacity(queue: queue)
        let expected = ((Double(ahead) + Double(inHand) / 2) * average / counters * 10).rounded() / 10
        return WaitEstimate(method: method, peopleAhead: ahead, expectedMinutes: expected,
                            rangeFrom: expected * 0.8, to: expected * 1.25, basis: basis)
    }
}
