import Foundation

/// A record the caller wants appended; the log adds `seq`, `prev` and `hash`.
///
/// The log stays generic over its records: `type`, `version` and `body` come from the
/// domain's event codec, and `body` must already be one JSON object on one line.
public struct NewRecord: Sendable {
    /// Staff id of whoever caused the event.
    public var actor: String
    /// The terminal it was entered on.
    public var terminal: String
    /// Event type, e.g. `slipIssued`.
    public var type: String
    /// Event version, so old logs keep replaying after a body changes shape.
    public var version: Int
    /// The body: one JSON object, UTF-8, no raw line breaks.
    public var body: Data
    /// When it happened; written in the log's time zone with milliseconds.
    public var timestamp: Date

    public init(actor: String, terminal: String, type: String, version: Int, body: Data, timestamp: Date) {
        self.actor = actor
        self.terminal = terminal
        self.type = type
        self.version = version
        self.body = body
        self.timestamp = timestamp
    }
}
