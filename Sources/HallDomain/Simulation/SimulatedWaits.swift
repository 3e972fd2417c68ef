/// The waits of a simulated day (issue to call, in minutes, customers who were there when
/// called), summarised as the hall's commitment is stated: average, 90th percentile,
/// longest, share within the target.
public struct SimulatedWaits: Sendable, Equatable {
    public var count: Int
    public var average: Double
    /// Nearest-rank 90th percentile: the wait nine in ten customers did not exceed.
    public var p90: Double
    public var maximum: Double
    public var shareWithinTarget: Double

    public init(_ waits: [Double], targetMinutes: Double) {
        let sorted = waits.sorted()
        count = sorted.count
        average = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
        p90 = sorted.isEmpty ? 0 : sorted[Int((0.9 * Double(sorted.count)).rounded(.up)) - 1]
        maximum = sorted.last ?? 0
        shareWithinTarget = sorted.isEmpty ? 1 : Double(sorted.count { $0 <= targetMinutes }) / Double(sorted.count)
    }
}
