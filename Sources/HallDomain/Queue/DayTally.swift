/// Today's counts for the manager's panel that are not read off the slips themselves.
public struct DayTally: Sendable, Equatable, Codable {
    /// Slips issued per local 15-minute slot, 96 slots from midnight.
    public var arrivalsPerQuarterHour: [Int]
    public var doorAnswers: [DoorAnswer]
    public var turnedAway: [TurnedAwayVisit]
    /// Slip numbers issued under a manager's checklist override.
    public var overriddenSlips: [String]

    public static let empty = DayTally(arrivalsPerQuarterHour: Array(repeating: 0, count: 96), doorAnswers: [], turnedAway: [],
                                       overriddenSlips: [])

    public init(arrivalsPerQuarterHour: [Int], doorAnswers: [DoorAnswer], turnedAway: [TurnedAwayVisit], overriddenSlips: [String]) {
        self.arrivalsPerQuarterHour = arrivalsPerQuarterHour
        self.doorAnswers = doorAnswers
        self.turnedAway = turnedAway
        self.overriddenSlips = overriddenSlips
    }
}
