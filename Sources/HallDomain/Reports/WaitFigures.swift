/// How long customers waited (issue → first call), in minutes, over a set of slips.
/// Figures are nil when no slip in the set was called.
public struct WaitFigures: Sendable, Equatable, Codable {
    public var called: Int
    public var averageMinutes: Double?
    public var p90Minutes: Double?
    public var maxMinutes: Double?
    /// The share (0–1) called within the hall's wait target.
    public var withinTarget: Double?

    public init(waits: [Double], targetMinutes: Int) {
        called = waits.count
        averageMinutes = WaitStatistics.average(waits)
        p90Minutes = WaitStatistics.p90(waits)
        maxMinutes = waits.max()
        withinTarget = WaitStatistics.shareWithin(waits, targetMinutes: targetMinutes)
    }
}
