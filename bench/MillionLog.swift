import Foundation
import HallStore

/// Builds the big log the replay figures read: `HallHistory` days appended in batches of
/// up to 1,000 records (one write and one fdatasync each, framed by a `batchOpened`), cut at
/// exactly `count` records.
func buildHistoryLog(_ figures: Figures, folder: DataFolder, count: Int) throws {
    try EventLog.create(at: folder.logURL)
    let log = try EventLog(url: folder.logURL, timeZone: siteZone, repairActor: "system", repairTerminal: "bench")
    var history = try HallHistory(seeds: seedsFolder())
    var days = 0
    let ms = try timed {
        var pending: [NewRecord] = []
        while log.head.seq < count {
            if pending.count < 1000 {
                pending += try history.nextDay()
                days += 1
            }
            // A batch of several records is framed by one more (its `batchOpened`), so the last
            // one leaves room for its opener and the log ends at exactly `count` records.
            let room = count - log.head.seq
            let batch = Array(pending.prefix(room == 1 ? 1 : min(1000, room - 1)))
            pending.removeFirst(batch.count)
            _ = try log.append(batch, expecting: log.head.seq)
        }
    }
    let size = Double(log.head.endOffset)
    figures.add("history_events", Double(log.head.seq), "events", digits: 0,
                "the replay log: \(days) simulated days of the seeds' hall (\(HallHistory.customersPerDay) customers, \(HallHistory.workOrdersPerDay) work orders a day)")
    figures.add("history_log_size", size / 1e6, "MB", "its size on disk (\(format(size / Double(log.head.seq), 0)) bytes a record)")
    figures.add("history_build_time", ms / 1000, "s", "deciding, encoding and appending it in batches of 1,000 (one run)")
}

/// The checkout's `seeds/`: the benchmark is run from the package folder, like `swift run`.
func seedsFolder() throws -> URL {
    let seeds = URL(fileURLWithPath: "seeds", isDirectory: true)
    guard FileManager.default.fileExists(atPath: seeds.appendingPathComponent("hall.toml").path) else {
        throw BenchFailure("no seeds/hall.toml here: run hallbench from the package folder")
    }
    return seeds
}
