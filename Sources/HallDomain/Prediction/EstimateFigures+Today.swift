import Foundation

extension EstimateFigures {
    /// How close today's printed estimates came, per queue, over the slips already called:
    /// what the manager watches to know whether the slips' promises can be believed. The
    /// same figures the monthly report gives for a month.
    public static func today(_ day: HallDay) -> [EstimateFigures] {
        let called = day.slips.compactMap { slip -> (queue: String, error: Double)? in
            guard let first = slip.firstCalledAt else { return nil }
            return (slip.queue, abs(slip.estimate.expectedMinutes - ElapsedMinutes.between(slip.issuedAt, first)))
        }
        return Set(called.map(\.queue)).sorted().map { queue in
            EstimateFigures(queue: queue, errors: called.filter { $0.queue == queue }.map(\.error))
        }
    }
}
