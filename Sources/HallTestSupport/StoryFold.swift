import Foundation
import HallDomain

extension HallState {
    /// Folds a decision's events in the way the log does: each numbered after the last
    /// record, stamped `timestamp` (the ISO 8601 text of `time` when nil), written by
    /// `actor` at `terminal` and applied with `evolve`. What the given/when/then stories of
    /// the domain and console tests build their states with. The records, in order.
    @discardableResult
    public mutating func fold(_ events: [Event], by actor: String, terminal: String, at time: Date, timestamp: String? = nil) -> [RecordedEvent] {
        let stamp = timestamp ?? ISO8601DateFormatter().string(from: time)
        return events.map { event in
            let recorded = RecordedEvent(seq: lastSeq + 1, timestamp: stamp, time: time, actor: actor, terminal: terminal, event: event)
            evolve(by: recorded)
            return recorded
        }
    }
}
