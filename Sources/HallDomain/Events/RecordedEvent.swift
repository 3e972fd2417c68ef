/// An event as the log holds it: the fact plus who, where and when.
///
/// `timestamp` is the log's RFC 3339 text, kept as written: the domain has no clock and
/// does no time-zone arithmetic of its own here.
public struct RecordedEvent: Sendable, Equatable {
    public var seq: Int
    public var timestamp: String
    public var actor: String
    public var terminal: String
    public var event: Event

    public init(seq: Int, timestamp: String, actor: String, terminal: String, event: Event) {
        self.seq = seq
        self.timestamp = timestamp
        self.actor = actor
        self.terminal = terminal
        self.event = event
    }
}
