import Foundation

/// An event as the log holds it: the fact plus who, where and when.
///
/// `timestamp` is the log's RFC 3339 text, kept as written for people; `time` is the same
/// instant for arithmetic (waits, service times). The domain has no clock: the time an
/// event happened is the time its record was written with.
public struct RecordedEvent: Sendable, Equatable {
    public var seq: Int
    public var timestamp: String
    public var time: Date
    public var actor: String
    public var terminal: String
    public var event: Event

    public init(seq: Int, timestamp: String, time: Date, actor: String, terminal: String, event: Event) {
        self.seq = seq
        self.timestamp = timestamp
        self.time = time
        self.actor = actor
        self.terminal = terminal
        self.event = event
    }
}
