/// What a business day left open when the next one began: counted, never silently gone.
public struct DayCloseOut: Sendable, Equatable, Codable {
    public var businessDay: String
    /// Slips still waiting, called or being served.
    public var unservedSlips: [String]
    /// Counters not closed by their clerk.
    public var countersLeftOpen: [Int]

    public init(businessDay: String, unservedSlips: [String], countersLeftOpen: [Int]) {
        self.businessDay = businessDay
        self.unservedSlips = unservedSlips
        self.countersLeftOpen = countersLeftOpen
    }
}
