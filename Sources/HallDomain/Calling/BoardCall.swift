import Foundation

/// One call as the public board lists it: the number, the counter, when it was called.
public struct BoardCall: Sendable, Equatable {
    public var slip: String
    public var counter: Int
    public var calledAt: Date
    /// How many times the counter has called it again (再次呼叫) since this call: the board
    /// marks a recall apart from a first call, so a customer who missed the first sees the
    /// number is still waiting for them.
    public var recalls: Int

    public init(slip: String, counter: Int, calledAt: Date, recalls: Int = 0) {
        self.slip = slip
        self.counter = counter
        self.calledAt = calledAt
        self.recalls = recalls
    }

    /// What the board and the voice say for it (a recall as 再次呼叫).
    public var announcement: CallAnnouncement {
        CallAnnouncement(slip: slip, counter: counter, isRecall: recalls > 0)
    }
}

extension HallState {
    /// The day's calls, newest first, at most `limit`: each slip at its latest call, so a
    /// number called again after a reinstatement moves back to the top. A slip marked
    /// 过号 or transferred away leaves the board (it no longer has a counter to go to).
    public func recentCalls(catalog: Catalog, now: Date, limit: Int) -> [BoardCall] {
        let day = visibleDay(catalog: catalog, now: now)
        let calls = day.slips.enumerated().compactMap { index, slip -> (Int, BoardCall)? in
            guard let at = slip.calledAt, let counter = slip.counter else { return nil }
            return (index, BoardCall(slip: slip.number, counter: counter, calledAt: at, recalls: slip.recallCount))
        }
        return calls.sorted { ($0.1.calledAt, $0.0) > ($1.1.calledAt, $1.0) }.prefix(limit).map(\.1)
    }
}
