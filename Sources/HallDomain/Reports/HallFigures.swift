/// The hall side of a period's report: the queue day by day and hour by hour, the peak
/// days against the rest, the counters and clerks, and how good the printed waits were.
public struct HallFigures: Sendable, Equatable, Codable {
    /// The promise the `withinTarget` shares are measured against, in minutes.
    public var waitTargetMinutes: Int
    /// The whole period on one line.
    public var total: HallRow
    /// Each business day with any activity, in date order.
    public var days: [HallRow]
    /// Each local hour (`09` is 09:00–09:59) with any activity, over all days of the period.
    public var hours: [HallRow]
    /// 高峰日 (the 21st–26th of a month) and 其他日, each over all its days in the period.
    public var peak: HallRow
    public var offPeak: HallRow
    /// By counter number.
    public var counters: [ServiceFigures]
    /// By staff id.
    public var clerks: [ServiceFigures]
    /// Per queue the slip was issued in.
    public var estimates: [EstimateFigures]

    public init(waitTargetMinutes: Int, total: HallRow, days: [HallRow], hours: [HallRow], peak: HallRow, offPeak: HallRow,
                counters: [ServiceFigures], clerks: [ServiceFigures], estimates: [EstimateFigures]) {
        self.waitTargetMinutes = waitTargetMinutes
        self.total = total
        self.days = days
        self.hours = hours
        self.peak = peak
        self.offPeak = offPeak
        self.counters = counters
        self.clerks = clerks
        self.estimates = estimates
    }

    /// The days of the month the sources name as the peak: bills fall due then.
    public static let peakDays = 21...26
}
