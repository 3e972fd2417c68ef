import Foundation

/// A figure worked out from the hall's state that cannot change within one log head and one
/// minute (waits and deadlines are shown to the minute), nor for one viewer when it holds
/// only what they may see: kept until any of these moves, so a key that only moves a cursor,
/// or a redraw for the clock, does not work it out again.
public struct HeadMinuteMemo<Value> {
    private var kept: (seq: Int, minute: Int, viewer: String?, value: Value)?

    public init() {}

    /// The kept value when `seq`, the minute of `now` and `viewer` (a staff id, or nil when
    /// the figure is the same for everyone) are those it was made for, else `make()`'s.
    public mutating func value(seq: Int, now: Date, viewer: String? = nil, _ make: () -> Value) -> Value {
        let minute = Int((now.timeIntervalSince1970 / 60).rounded(.down))
        if let kept, kept.seq == seq, kept.minute == minute, kept.viewer == viewer { return kept.value }
        let value = make()
        kept = (seq, minute, viewer, value)
        return value
    }
}
