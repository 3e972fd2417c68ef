/// One queue on the manager's panel and the guide's side panel.
public struct QueueSummary: Sendable, Equatable {
    public var letter: String
    public var name: String
    public var waiting: Int
    /// How long the earliest-issued waiting slip has waited so far, in minutes.
    public var longestWaitMinutes: Double?
    /// What a new ordinary arrival would be told.
    public var expectedWait: WaitEstimate
    public var servedToday: Int
    /// Over today's served slips, issue to first call.
    public var averageWaitMinutes: Double?
    public var p90WaitMinutes: Double?
    /// Share of today's served slips first called within the hall's wait target (0–1).
    public var shareWithinTarget: Double?

    public init(letter: String, name: String, waiting: Int, longestWaitMinutes: Double?, expectedWait: WaitEstimate,
                servedToday: Int, averageWaitMinutes: Double?, p90WaitMinutes: Double?, shareWithinTarget: Double?) {
        self.letter = letter
        self.name = name
        self.waiting = waiting
        self.longestWaitMinutes = longestWaitMinutes
        self.expectedWait = expectedWait
        self.servedToday = servedToday
        self.averageWaitMinutes = averageWaitMinutes
        self.p90WaitMinutes = p90WaitMinutes
        self.shareWithinTarget = shareWithinTarget
    }
}
