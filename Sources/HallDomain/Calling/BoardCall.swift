import Foundation

/// One call as the public board lists it: the number, the counter, when it was called.
public struct BoardCall: Sendable, Equatable {
    public var slip: String
    public var counter: Int
    public var calledAt: Date

    public init(slip: String, counter: Int, calledAt: Date) {
        self.slip = slip
        self.counter = counter
        self.calledAt = calledAt
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
            return (index, BoardCall(slip: slip.number, counter: counter, calledAt: at))
        }
        return calls.sorted { ($0.1.calledAt, $0.0) > ($1.1.calledAt, $1.0) }.prefix(limit).map(\.1)
    }
}
