/// How well the wait printed on the slips of one queue matched the wait they had.
///
/// Measured against the estimate's point value (`expectedMinutes`, which `slipIssued`
/// records), over slips that were called; a slip never called had no wait to compare.
public struct EstimateFigures: Sendable, Equatable, Codable {
    public var queue: String
    public var slips: Int
    public var medianAbsoluteErrorMinutes: Double?
    /// The share (0–1) of slips whose wait was within ±5 minutes of the estimate.
    public var withinFiveMinutes: Double?

    public init(queue: String, errors: [Double]) {
        self.queue = queue
        slips = errors.count
        medianAbsoluteErrorMinutes = WaitStatistics.median(errors)
        withinFiveMinutes = errors.isEmpty ? nil : Double(errors.count(where: { $0 <= 5 })) / Double(errors.count)
    }
}
