import Foundation
import HallDomain

/// Writes a whole day decided elsewhere (the simulator's, through the real `decide` and
/// `evolve`) into a data folder as its event log, so every pane and report reads it like a
/// day the hall lived. Only into an empty log: a simulated day mixed into real records
/// would falsify both.
public enum DayLogWriter {
    /// Records per append: one fsync per batch instead of per event, and a crash loses at
    /// most the batch being written (each is framed, whole or absent).
    public static let batchSize = 500

    /// The data folder already at `url`, checked to be one whose log is empty; nil when
    /// nothing or an empty folder is there yet (the caller creates it from the seeds). Refuses, changing
    /// nothing, anything else.
    public static func existingFolder(at url: URL) throws(LogFailure) -> DataFolder? {
        let entries = try? FileManager.default.contentsOfDirectory(atPath: url.path)
        guard FileManager.default.fileExists(atPath: url.path), entries?.isEmpty != true else { return nil }
        let folder = DataFolder(url: url)
        guard FileManager.default.fileExists(atPath: folder.logURL.path), FileManager.default.fileExists(atPath: folder.seedsURL.path) else {
            throw LogFailure.notDataFolder(path: url.path)
        }
        let follower = LogFollower(url: folder.logURL)
        try follower.poll { _ in }
        guard follower.head.seq == 0 else { throw LogFailure.logNotEmpty(path: url.path, records: follower.head.seq) }
        return folder
    }

    /// Appends `events` in batches of `batchSize`, each record carrying the event's own
    /// time, actor and terminal. The log must still be empty: anyone appending meanwhile
    /// makes the first batch a conflict, and nothing of the day is written.
    @discardableResult
    public static func write(_ events: [RecordedEvent], to folder: DataFolder, timeZone: TimeZone) throws(LogFailure) -> LogHead {
        let log = try EventLog(url: folder.logURL, timeZone: timeZone, repairActor: "simulate", repairTerminal: "simulate")
        guard log.head.seq == 0 else { throw LogFailure.logNotEmpty(path: folder.url.path, records: log.head.seq) }
        var start = 0
        while start < events.count {
            let batch = events[start..<min(start + batchSize, events.count)].map { recorded in
                let encoded = EventCodec.encode(recorded.event)
                return NewRecord(actor: recorded.actor, terminal: recorded.terminal, type: encoded.type, version: encoded.version,
                                 body: encoded.body, timestamp: recorded.time)
            }
            _ = try log.append(batch, expecting: log.head.seq)
            start += batchSize
        }
        return log.head
    }
}
