/// Figures over a list of waits, in minutes.
public enum WaitStatistics {
    public static func average(_ waits: [Double]) -> Double? {
        waits.isEmpty ? nil : waits.reduce(0, +) / Double(waits.count)
    }

    /// The nearest-rank 90th percentile: the smallest wait that at least 90% of the waits
    /// do not exceed. Nearest rank, not interpolation, so the figure is a wait that happened.
    public static func p90(_ waits: [Double]) -> Double? {
        guard !waits.isEmpty else { return nil }
        let sorted = waits.sorted()
        let rank = Int((0.9 * Double(sorted.count)).rounded(.up))
        return sorted[max(rank, 1) - 1]
    }

    public static func shareWithin(_ waits: [Double], targetMinutes: Int) -> Double? {
        waits.isEmpty ? nil : Double(waits.count(where: { $0 <= Double(targetMinutes) })) / Double(waits.count)
    }
}
