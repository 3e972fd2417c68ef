import Foundation
import Glibc
import HallStore
import HallTestSupport

/// Eight writer processes appending to one hall at once, as the durability suite runs them
/// (`logstress append`, one small record per append, a lost race retried on the new
/// head), on PostgreSQL and on one file log, and eight on one SQLite file
/// (`hallbench sqlite-writer`). The rate is the acknowledged records counted in the
/// writers' output over a window after every writer has acknowledged its first record,
/// so start-up and connecting are not in it.
func benchEightWriters(_ figures: Figures, server: BenchServer) throws {
    let folder = try tempFolder("writers")
    defer { try? FileManager.default.removeItem(at: folder) }
    let logstress = try besideThisProgram("logstress")
    let hall = "writers"
    let postgres = try writersRate(folder: folder) { writer in
        try Child(logstress, ["append", "--store", server.address, "--hall", hall, "--writer", writer], outputIn: folder)
    }
    let logURL = folder.appendingPathComponent("events.log")
    try EventLog.create(at: logURL)
    let file = try writersRate(folder: folder) { writer in
        try Child(logstress, ["append", "--log", logURL.path, "--writer", writer], outputIn: folder)
    }
    let sqlitePath = folder.appendingPathComponent("events.sqlite").path
    _ = try SQLiteLog(path: sqlitePath, shared: true)
    let sqlite = try writersRate(folder: folder) { writer in
        try Child(try besideThisProgram("hallbench"), ["sqlite-writer", sqlitePath, writer], outputIn: folder)
    }
    let window = "acknowledged records per second over \(format(writersWindow, 0)) s once all 8 had written"
    figures.add("writers8_postgres_rate", postgres, "records/s", digits: 0,
                "8 `logstress append --store` processes on one PostgreSQL hall, one record per append: \(window)")
    figures.add("writers8_eventlog_rate", file, "records/s", digits: 0,
                "8 `logstress append --log` processes on one file log (flock, fdatasync per append): \(window)")
    figures.add("writers8_sqlite_rate", sqlite, "records/s", digits: 0,
                "8 processes on one SQLite file (WAL, synchronous=FULL, BEGIN IMMEDIATE, busy_timeout): \(window)")
    figures.add("writers8_postgres_over_eventlog", postgres / file, "x", digits: 2, "PostgreSQL rate ÷ file log rate, 8 writers")
}

private let writersWindow = 8.0

/// Starts eight writers with `start`, waits until each acknowledged a record (at most 30 s),
/// counts acknowledgements over `writersWindow` seconds, kills them; records per second.
private func writersRate(folder: URL, _ start: (String) throws -> Child) throws -> Double {
    let children = try (1...8).map { try start("\($0)") }
    defer {
        for child in children {
            child.kill()
            _ = try? child.finish()
        }
    }
    func acks(_ child: Child) -> Int {
        let data = (try? Data(contentsOf: child.outputURL)) ?? Data()
        return data.split(separator: UInt8(ascii: "\n")).count { $0.starts(with: Array("ack ".utf8)) }
    }
    let deadline = Date().addingTimeInterval(30)
    while children.contains(where: { acks($0) == 0 }) {
        if let ended = children.first(where: { !$0.process.isRunning }) {
            throw BenchFailure("a writer ended: \(String(decoding: (try? Data(contentsOf: ended.outputURL)) ?? Data(), as: UTF8.self).suffix(500))")
        }
        guard Date() < deadline else { throw BenchFailure("a writer acknowledged nothing in 30 s") }
        usleep(20_000)
    }
    let before = children.map(acks).reduce(0, +)
    let start = clock.now
    usleep(useconds_t(writersWindow * 1e6))
    let after = children.map(acks).reduce(0, +)
    return Double(after - before) / (milliseconds(clock.now - start) / 1000)
}

/// A program built beside this one (`swift build -c release` builds them all).
func besideThisProgram(_ name: String) throws -> URL {
    let here = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
    let url = here.deletingLastPathComponent().appendingPathComponent(name)
    guard FileManager.default.isExecutableFile(atPath: url.path) else {
        throw BenchFailure("no \(name) beside hallbench: build it too, `swift build -c release --product \(name)`")
    }
    return url
}

/// `hallbench sqlite-writer PATH ID`: one of the eight SQLite writers, appending one small
/// record per transaction until killed, printing `ack <seq>` after each commit.
func runSQLiteWriter(path: String, writer: String) -> Never {
    do {
        let sqlite = try SQLiteLog(path: path, shared: true)
        var n = 0
        while true {
            let body = Data("{\"writer\":\"\(writer)\",\"n\":\(n)}".utf8)
            let seq = try sqlite.appendNext(NewRecord(actor: "W\(writer)", terminal: "tty\(writer)", type: "stress", version: 1,
                                                      body: body, timestamp: Date()))
            let line = Array("ack \(seq)\n".utf8)
            _ = line.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            n += 1
        }
    } catch {
        FileHandle.standardError.write(Data("sqlite-writer: \(error)\n".utf8))
        exit(1)
    }
}
