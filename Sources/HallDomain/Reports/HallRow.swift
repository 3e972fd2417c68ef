/// One line of the hall's figures: a day, an hour of the day, or a group of days.
///
/// Slips count where they were issued (their day and hour), so a slip's wait, service and
/// no-show stay on one line; door answers and turned-away visits count when they happened.
public struct HallRow: Sendable, Equatable, Codable {
    /// `2026-11-23`, `09`, or a group's name.
    public var label: String
    public var slipsIssued: Int
    public var doorAnswered: Int
    public var turnedAway: Int
    /// Turned-away customers who came back and got a slip for the same business with the
    /// same phone number; visits without a phone cannot be followed.
    public var cameBack: Int
    public var served: Int
    /// Slips whose last word was 未到 (a no-show later reinstated is not one).
    public var noShows: Int
    public var wait: WaitFigures

    public init(label: String, slipsIssued: Int, doorAnswered: Int, turnedAway: Int, cameBack: Int, served: Int,
                noShows: Int, wait: WaitFigures) {
        self.label = label
        self.slipsIssued = slipsIssued
        self.doorAnswered = doorAnswered
        self.turnedAway = turnedAway
        self.cameBack = cameBack
        self.served = served
        self.noShows = noShows
        self.wait = wait
    }
}
