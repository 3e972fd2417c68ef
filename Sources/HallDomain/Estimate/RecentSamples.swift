/// The newest service times of one kind, kept to a fixed number so the figure follows
/// the hall as it changes (a new clerk, a slow system) and the state stays small.
///
/// The typical value is a trimmed mean: the fastest and slowest tenth are left out before
/// averaging, so one customer who stayed an hour, or a service finished by mistake a
/// second after the call, moves it little. A mean, not a median, because waits add up
/// services: a median would understate the work of a skewed queue.
public struct RecentSamples: Sendable, Equatable, Codable {
    /// How many are kept; the oldest goes when one more arrives.
    public static let capacity = 40

    /// Oldest first.
    public private(set) var minutes: [Double]

    public init(minutes: [Double] = []) {
        self.minutes = Array(minutes.suffix(Self.capacity))
    }

    mutating func add(_ value: Double) {
        minutes.append(value)
        if minutes.count > Self.capacity { minutes.removeFirst(minutes.count - Self.capacity) }
    }

    public var count: Int { minutes.count }

    /// Nil when empty.
    public var trimmedMean: Double? {
        guard !minutes.isEmpty else { return nil }
        let sorted = minutes.sorted()
        let cut = sorted.count / 10
        let kept = sorted[cut..<(sorted.count - cut)]
        return kept.reduce(0, +) / Double(kept.count)
    }
}
