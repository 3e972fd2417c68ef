import Foundation
import Glibc
import HallStore

/// One event made durable three ways on the same disk, in the same run:
/// - `EventLog.append` (flock, catch up, one write, fdatasync, unlock, plus hashing);
/// - the floor: `write` + `fdatasync` of the very bytes the log wrote, nothing else;
/// - SQLite in WAL mode with `synchronous=FULL`, one insert per transaction.
///
/// The three take turns in rounds, so a slow patch of the disk (another tenant, the journal
/// committing) falls on all of them alike. The log goes first in each round because the
/// other two store what it wrote.
func benchDurableAppend(_ figures: Figures, events: [NewRecord]) throws {
    let folder = try tempFolder("durable")
    defer { try? FileManager.default.removeItem(at: folder) }
    let logURL = folder.appendingPathComponent("events.log")
    try EventLog.create(at: logURL)
    let log = try EventLog(url: logURL, timeZone: siteZone, repairActor: "system", repairTerminal: "bench")
    let raw = open(folder.appendingPathComponent("raw.log").path, O_WRONLY | O_CREAT | O_APPEND, 0o640)
    guard raw >= 0 else { throw BenchFailure("cannot open raw.log: errno \(errno)") }
    defer { close(raw) }
    let sqlite = try SQLiteLog(path: folder.appendingPathComponent("events.sqlite").path)
    let reader = try FileHandle(forReadingFrom: logURL)
    defer { try? reader.close() }

    let rounds = 5
    let perRound = events.count / rounds
    var logTimes: [Double] = [], rawTimes: [Double] = [], sqliteTimes: [Double] = []
    for round in 0..<rounds {
        var written: [LogRecord] = []
        for event in events[(round * perRound)..<((round + 1) * perRound)] {
            var record: [LogRecord] = []
            logTimes.append(try timed { record = try log.append([event], expecting: log.head.seq) })
            written += record
        }
        for record in written {
            try reader.seek(toOffset: record.offset)
            let line = try reader.read(upToCount: record.length) ?? Data()
            rawTimes.append(try timed {
                let count = line.withUnsafeBytes { write(raw, $0.baseAddress, $0.count) }
                guard count == line.count, fdatasync(raw) == 0 else { throw BenchFailure("raw write: errno \(errno)") }
            })
        }
        for record in written {
            sqliteTimes.append(try timed { try sqlite.append(record) })
        }
    }
    let place = FileManager.default.temporaryDirectory.path
    let n = logTimes.count
    let logP50 = figures.add("append_eventlog_p50", median(logTimes), "ms", digits: 3,
                             "EventLog.append of one real event (flock, write, fdatasync), median of \(n) in \(place)")
    figures.add("append_eventlog_p99", percentile(logTimes, 0.99), "ms", digits: 3, "the same, 99th percentile")
    let rawP50 = figures.add("append_raw_p50", median(rawTimes), "ms", digits: 3,
                             "the floor: write + fdatasync of the same line bytes on an O_APPEND file, median of \(n)")
    figures.add("append_raw_p99", percentile(rawTimes, 0.99), "ms", digits: 3, "the floor, 99th percentile")
    let sqliteP50 = figures.add("append_sqlite_p50", median(sqliteTimes), "ms", digits: 3,
                                "SQLite WAL, synchronous=FULL, one INSERT per transaction, same records, median of \(n)")
    figures.add("append_sqlite_p99", percentile(sqliteTimes, 0.99), "ms", digits: 3, "SQLite, 99th percentile")
    figures.add("append_eventlog_over_raw", logP50 / rawP50, "x", digits: 2, "EventLog p50 ÷ raw write+fdatasync p50", goal: .atMost(1.2))
    figures.add("append_sqlite_over_eventlog", sqliteP50 / logP50, "x", digits: 2, "SQLite p50 ÷ EventLog p50")
}

/// Appends of many records in one write: what an import or the simulator gets.
func benchBatchAppend(_ figures: Figures, events: [NewRecord]) throws {
    let (log, folder) = try freshLog()
    defer { try? FileManager.default.removeItem(at: folder) }
    for batchSize in [10, 100, 1000] {
        var rates: [Double] = []
        for _ in 0..<5 {
            let batches = 20
            let ms = try timed {
                for b in 0..<batches {
                    let start = (b * batchSize) % (events.count - batchSize)
                    _ = try log.append(Array(events[start..<(start + batchSize)]), expecting: log.head.seq)
                }
            }
            rates.append(Double(batches * batchSize) / ms * 1000)
        }
        figures.add("append_batch\(batchSize)_rate", median(rates), "records/s", digits: 0,
                    "\(batchSize) records per append (one write, one fdatasync), median of 5 runs of 20 appends")
    }
}
