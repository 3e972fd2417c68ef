import Foundation

/// One record as it stands in the log, with where its line is in the file.
public struct LogRecord: Sendable, Equatable {
    public let seq: Int
    /// The `ts` text exactly as written (RFC 3339, site offset, milliseconds).
    public let timestamp: String
    public let actor: String
    public let terminal: String
    public let type: String
    public let version: Int
    /// The raw JSON bytes of the body, decoded only by whoever needs them.
    public let body: Data
    public let prev: String
    public let hash: String
    /// Byte offset of the line in the file.
    public let offset: UInt64
    /// Length of the line in bytes, including its newline.
    public let length: Int

    public init(
        seq: Int, timestamp: String, actor: String, terminal: String, type: String, version: Int,
        body: Data, prev: String, hash: String, offset: UInt64, length: Int
    ) {
        self.seq = seq
        self.timestamp = timestamp
        self.actor = actor
        self.terminal = terminal
        self.type = type
        self.version = version
        self.body = body
        self.prev = prev
        self.hash = hash
        self.offset = offset
        self.length = length
    }

    /// The head of a log whose last record is this one.
    public var head: LogHead {
        LogHead(seq: seq, hash: hash, offset: offset, endOffset: offset + UInt64(length))
    }
}

extension LogRecord {
    /// The instant `timestamp` names. Every record the scanner accepts has a well-formed
    /// timestamp, so this only falls back for a record built by hand in a test.
    public var time: Date { LogTimestamp.parse(timestamp) ?? Date(timeIntervalSince1970: 0) }
}
