import Foundation
import Glibc

/// The event log file as an `EventStore`: the file log (`EventLog`) and its readers.
///
/// Reading goes the followers' way (`LogFollower`): no lock, never a repair, so a terminal
/// that may only read the log, or a report on a copy of the folder, needs no right to
/// write. Appending goes through one `EventLog`, opened by `prepareToAppend` (or the first
/// append), which takes the lock, repairs a torn tail and refuses a damaged log.
public final class FileEventStore: EventStore {
    public let url: URL
    /// How the writer stamps records and signs repairs; nil for a store opened only to read.
    private let writing: (timeZone: TimeZone, repairActor: String, repairTerminal: String)?
    private var writer: EventLog?
    /// Follows the file for `head()` while no writer is open.
    private lazy var headReader = LogFollower(url: url)

    /// A store that reads and appends to the log at `url`.
    ///
    /// - Parameters:
    ///   - timeZone: the site's zone; timestamps are written in it with its offset.
    ///   - repairActor, repairTerminal: who a `logRepaired` record is written as.
    public init(url: URL, timeZone: TimeZone, repairActor: String, repairTerminal: String) {
        self.url = url
        writing = (timeZone, repairActor, repairTerminal)
    }

    /// A store that only reads the log at `url`: appending throws `.readOnly`.
    public init(readingFrom url: URL) {
        self.url = url
        writing = nil
    }

    public func head() throws(LogFailure) -> LogHead {
        if let writer { return try writer.readHead() }
        try headReader.poll { _ in }
        return headReader.head
    }

    public func append(_ records: [NewRecord], expecting lastSeq: Int) throws(LogFailure) -> [LogRecord] {
        try openedWriter(after: .empty).append(records, expecting: lastSeq)
    }

    /// With a writer open, reads through its index of offsets; otherwise as a follower does.
    public func replay(after seq: Int, _ each: (LogRecord) -> Void) throws(LogFailure) {
        if let writer { return try writer.replay(after: seq, each) }
        try LogFollower(url: url, after: seq).poll(each: each)
    }

    /// A follower that starts reading at `anchor`'s line (`LogHead.offset`), not at the top.
    public func follow(after anchor: LogHead) -> any EventFollower {
        LogFollower(url: url, after: anchor.seq, startOffset: anchor.offset)
    }

    /// Two reads at known offsets, whatever the log's length: the anchor's line, and the
    /// line after it. A line that cannot be read counts as not there.
    public func check(_ anchor: LogHead) throws(LogFailure) -> AnchorCheck {
        let log = try OpenFile.openTrusted(url.path, flags: O_RDONLY)
        defer { log.close() }
        if anchor.seq > 0, (try? ChainReader.holds(log, anchor)) != true { return .notHeld }
        return .held(next: try? ChainReader.record(log, at: anchor.endOffset))
    }

    public func prepareToAppend(after anchor: LogHead) throws(LogFailure) {
        _ = try openedWriter(after: anchor)
    }

    /// `LogHealth`'s probe. Once a writer has opened the log, a log missing from its path
    /// was moved or deleted under it.
    public func writeProblem() -> LogFailure? {
        guard let problem = LogHealth.problem(log: url) else { return nil }
        return writer != nil && problem == .missing(path: url.path) ? .moved(path: url.path) : problem
    }

    private func openedWriter(after anchor: LogHead) throws(LogFailure) -> EventLog {
        if let writer { return writer }
        guard let writing else { throw LogFailure.readOnly }
        let opened = try EventLog(url: url, timeZone: writing.timeZone, repairActor: writing.repairActor,
                                  repairTerminal: writing.repairTerminal, trusting: anchor)
        writer = opened
        return opened
    }
}
