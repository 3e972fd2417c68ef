import Foundation

/// How close today's printed estimates came, per queue, over the slips already called:
/// what the manager watches to know whether the slips' promises can be believed.
public struct EstimateAccuracy: Sendable, Equatable {
    public var queue: String
    public var slips: Int
    public var medianAbsoluteErrorMinutes: Double
    public var withinFiveMinutes: Double

    /// One entry per queue with at least one called slip, in queue order.
    public static func today(_ day: HallDay) -> [EstimateAccuracy] {
        let called = day.slips.compactMap { slip -> (String, Double)? in
            guard let first = slip.firstCalledAt else { return nil }
            return (slip.queue, slip.estimate.expectedMinutes - first.timeIntervalSince(slip.issuedAt) / 60)
        }
        return Set(called.map(\.0)).sorted().map { queue in
            let figures = PredictionEvaluation.figures("", queue, called.filter { $0.0 == queue }.map(\.1))
            return EstimateAccuracy(queue: queue, slips: figures.slips, medianAbsoluteErrorMinutes: figures.medianAbsoluteErrorMinutes ?? 0,
                                    withinFiveMinutes: figures.withinFiveMinutes ?? 0)
        }
    }
}
