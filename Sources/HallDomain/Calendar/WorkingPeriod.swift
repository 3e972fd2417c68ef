/// One stretch of the station's working day (e.g. 08:30–12:00), in local time. Minutes
/// outside every period (the lunch break, the night) are not working time.
public struct WorkingPeriod: Sendable, Equatable {
    public var start: ClockTime
    public var end: ClockTime

    public init(start: ClockTime, end: ClockTime) {
        self.start = start
        self.end = end
    }
}
