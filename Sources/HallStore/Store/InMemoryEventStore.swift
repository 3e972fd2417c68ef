import Foundation

/// An event store in memory, for tests where the disk is not what they test: the records,
/// their bytes and hashes, batches and conflicts are exactly the file log's (both encode
/// with `AppendLines`), without a file, a lock or an fsync. Deterministic: what it holds
/// depends only on what was appended.
///
/// Every engine, replica and follower given the same store shares its log, as processes
/// share the file.
public final class InMemoryEventStore: EventStore {
    /// The log's bytes, as the file log would hold them after the same appends.
    public private(set) var bytes: [UInt8] = []
    /// Every record, oldest first: `all[n]` is record `n + 1`.
    public private(set) var all: [LogRecord] = []
    private let timeZone: TimeZone

    /// An empty log whose timestamps are written in `timeZone`, as the hall's file log's are.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    public func head() -> LogHead {
        all.last?.head ?? .empty
    }

    /// Refuses as the file log does: a bad version or body first, then a conflict.
    public func append(_ records: [NewRecord], expecting lastSeq: Int) throws(LogFailure) -> [LogRecord] {
        guard !records.isEmpty else { return [] }
        try AppendLines.check(records)
        guard head().seq == lastSeq else { throw LogFailure.conflict(head: head()) }
        let lines = AppendLines(AppendLines.framed(records), after: head(), timeZone: timeZone)
        bytes += lines.bytes
        all += lines.records
        return Array(lines.records.suffix(records.count))
    }

    public func replay(after seq: Int, _ each: (LogRecord) -> Void) {
        all.dropFirst(max(seq, 0)).forEach(each)
    }

    public func follow(after anchor: LogHead) -> any EventFollower {
        Follower(self, after: anchor)
    }

    public func check(_ anchor: LogHead) -> AnchorCheck {
        if anchor.seq > 0, !all.indices.contains(anchor.seq - 1) || all[anchor.seq - 1].head != anchor { return .notHeld }
        return .held(next: all.indices.contains(anchor.seq) ? all[anchor.seq] : nil)
    }

    /// Always ready: there is no file to open and no tail to repair.
    public func prepareToAppend(after anchor: LogHead) {}

    /// Memory never fills up nor turns read-only here.
    public func writeProblem() -> LogFailure? {
        nil
    }

    /// A reader's place in the store's records.
    private final class Follower: EventFollower {
        private let store: InMemoryEventStore
        private(set) var head: LogHead

        init(_ store: InMemoryEventStore, after anchor: LogHead) {
            self.store = store
            head = anchor
        }

        func poll(each: (LogRecord) -> Void) {
            for record in store.all.dropFirst(head.seq) {
                each(record)
                head = record.head
            }
        }
    }
}
