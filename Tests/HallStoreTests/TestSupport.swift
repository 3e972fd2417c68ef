import Foundation
import HallStore
/// The shared test support, for every file of this target (a `@_exported` import is seen
/// module-wide), so no file needs its own import of it.
@_exported import HallTestSupport

/// The site's zone, as the hall opens its log.
let siteZone = TimeZone(identifier: "Asia/Shanghai")!

/// A new empty log `events.log` in `folder`.
func makeLog(in folder: URL) throws -> URL {
    let url = folder.appendingPathComponent("events.log")
    try EventLog.create(at: url)
    return url
}

func openLog(_ url: URL, trusting anchor: LogHead? = nil) throws -> EventLog {
    try EventLog(url: url, timeZone: siteZone, repairActor: "system", repairTerminal: "test", trusting: anchor)
}

/// A record with `body` (a JSON object text) and a fixed clock.
func record(_ type: String = "slipIssued", _ body: String = "{}", actor: String = "G01", terminal: String = "tty1") -> NewRecord {
    NewRecord(actor: actor, terminal: terminal, type: type, version: 1, body: Data(body.utf8),
              timestamp: Date(timeIntervalSince1970: 1_795_397_400.123))
}

/// Appends `count` records one by one, with a little Chinese and varying lengths.
@discardableResult
func fill(_ log: EventLog, count: Int, type: (Int) -> String = { _ in "slipIssued" }) throws -> [LogRecord] {
    var written: [LogRecord] = []
    for i in 0..<count {
        let body = #"{"n":\#(i),"note":"第\#(i)号 \#(String(repeating: "号", count: i % 5))"}"#
        written += try log.append([record(type(i), body)], expecting: log.head.seq)
    }
    return written
}

func bytes(of url: URL) throws -> [UInt8] {
    Array(try Data(contentsOf: url))
}

/// Replaces the file's contents without any of the log's care: for damaging logs on purpose.
func overwrite(_ url: URL, with bytes: [UInt8]) throws {
    try Data(bytes).write(to: url)
}

/// The byte ranges of the lines of a file, newline included.
func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for (i, byte) in bytes.enumerated() where byte == 0x0A {
        ranges.append(start..<(i + 1))
        start = i + 1
    }
    return ranges
}

/// Stores `state` as a snapshot at `log`'s head the way `HallEngine.takeSnapshot` does:
/// its `snapshotTaken` record first, then the file. Returns the head the state ends at.
@discardableResult
func takeSnapshot<S: Codable>(_ state: S, into store: SnapshotStore, log: EventLog) throws -> LogHead {
    let encoded = try store.encode(state, at: log.head)
    _ = try log.append([encoded.record(actor: "A01", terminal: "pts/0", timestamp: Date(timeIntervalSince1970: 1_795_397_400.123))],
                       expecting: log.head.seq)
    try store.keep(encoded)
    return encoded.head
}
