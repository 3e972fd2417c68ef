import Foundation
import Glibc

/// Follows a log that other processes append to: each `poll` returns the complete
/// records added since the last one.
///
/// A follower takes no lock and never changes the file. An incomplete last line is a
/// write still in progress (or a torn tail a writer will repair): it waits. Polling is
/// cheap when nothing changed (one `fstat`), so a terminal can poll every 100 ms.
public final class LogFollower: EventFollower {
    public let url: URL
    /// The last record read (before any is read: the starting point).
    public var head: LogHead { reader.head }
    private let after: Int
    private var reader: ChainReader
    private var file: OpenFile?
    /// Size and modification time at the last poll that read everything it could.
    private var seen: (size: UInt64, modified: timespec)?

    /// - Parameters:
    ///   - after: records up to this `seq` are read only to anchor the chain, not returned.
    ///   - startOffset: the byte offset of record `after`'s line (a snapshot's
    ///     `LogHead.offset`) to skip the top of the file, or 0 to read from the start.
    public init(url: URL, after seq: Int = 0, startOffset: UInt64 = 0) {
        self.url = url
        after = seq
        reader = startOffset > 0 && seq > 0 ? ChainReader(atRecord: startOffset, seq: seq) : ChainReader(after: .empty)
    }

    deinit {
        file?.close()
    }

    /// Hands each complete record appended since the last poll to `each` as it is read,
    /// so a reader of a whole month (a report) holds one record at a time (`poll()`
    /// collects them). Throws `.corrupt` when the next line is damaged (records before it
    /// have been handed over) or the file shrank below what was read, and `.moved` while
    /// the file it follows is no longer at `url` (polling resumes if the same file is put
    /// back).
    public func poll(each: (LogRecord) -> Void) throws(LogFailure) {
        let file = try openedFile()
        try file.checkStillNamed()
        let status = try file.status()
        if let seen, seen.size == status.size, seen.modified.tv_sec == status.modified.tv_sec,
           seen.modified.tv_nsec == status.modified.tv_nsec {
            return
        }
        if status.size < reader.head.endOffset {
            throw LogFailure.corrupt(seq: reader.head.seq, line: reader.head.seq, defect: .shrunk)
        }
        let after = after
        let stop = try reader.read(file, to: status.size, checkBodies: false) { record in
            if record.seq > after { each(record) }
        }
        if case .bad(let bad) = stop {
            seen = nil
            throw LogFailure.corrupt(seq: bad.seq, line: bad.line, defect: bad.defect)
        }
        seen = status
    }

    private func openedFile() throws(LogFailure) -> OpenFile {
        if let file { return file }
        let opened = try OpenFile.openTrusted(url.path, flags: O_RDONLY)
        file = opened
        return opened
    }
}
