/// One stretch of the day the hall is open, in local minutes after midnight.
public struct OpeningPeriod: Sendable, Equatable, Codable {
    public var start: ClockTime
    public var end: ClockTime

    public init(start: ClockTime, end: ClockTime) {
        self.start = start
        self.end = end
    }
}
