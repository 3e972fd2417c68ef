/// Services finished at one counter or by one clerk, with the median service time
/// (start, or call when the clerk skipped start, → finish).
public struct ServiceFigures: Sendable, Equatable, Codable {
    /// The counter number as text, or the clerk's staff id.
    public var label: String
    public var services: Int
    public var medianMinutes: Double?

    public init(label: String, minutes: [Double]) {
        self.label = label
        services = minutes.count
        medianMinutes = WaitStatistics.median(minutes)
    }
}
