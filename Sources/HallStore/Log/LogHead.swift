/// Where a log ends: the last record's sequence number, its hash, and where its line lies.
///
/// Keep a copy of `seq` and `hash` somewhere else (the daily report): a hash chain only
/// proves tampering against a head that someone kept. `offset` and `endOffset` let a
/// snapshot or a follower start reading at this record without scanning the file.
public struct LogHead: Sendable, Equatable, Codable {
    /// The last record's sequence number; 0 for an empty log.
    public let seq: Int
    /// The last record's hash; 64 zeros for an empty log.
    public let hash: String
    /// Byte offset of the last record's line; 0 for an empty log.
    public let offset: UInt64
    /// Byte offset just past the last record's newline: where the next record goes.
    public let endOffset: UInt64

    public init(seq: Int, hash: String, offset: UInt64, endOffset: UInt64) {
        self.seq = seq
        self.hash = hash
        self.offset = offset
        self.endOffset = endOffset
    }

    /// The `prev` of the first record: there is nothing before it.
    public static let zeroHash = String(repeating: "0", count: 64)

    /// The head of a log with no records.
    public static let empty = LogHead(seq: 0, hash: zeroHash, offset: 0, endOffset: 0)
}
