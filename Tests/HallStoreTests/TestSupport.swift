import Foundation
import Glibc
import HallStore
import XCTest

/// The site's zone, as the hall opens its log.
let siteZone = TimeZone(identifier: "Asia/Shanghai")!

/// A fresh folder under the system temp folder, removed by the test's teardown.
func makeTemporaryFolder(_ test: XCTestCase, _ name: String = #function) throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("hallstore-\(name.filter(\.isLetter))-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}

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

/// A built executable of this package, found beside the test bundle.
func builtExecutable(_ name: String) throws -> URL {
    let candidates = [
        Bundle.main.bundleURL,
        Bundle.main.bundleURL.deletingLastPathComponent(),
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ]
    for folder in candidates {
        let url = folder.appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    XCTFail("\(name) is not built next to the tests (looked in \(candidates.map(\.path))); run `swift build` first")
    throw CocoaError(.fileNoSuchFile)
}

/// A child process whose output goes to a file (so it never blocks on a full pipe).
final class Child {
    let process = Process()
    let outputURL: URL

    init(_ executable: URL, _ arguments: [String], outputIn folder: URL) throws {
        outputURL = folder.appendingPathComponent("out-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: outputURL)
        try process.run()
    }

    func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
    }

    /// Waits for exit and returns the output lines.
    func finish() throws -> [String] {
        process.waitUntilExit()
        let text = String(decoding: try Data(contentsOf: outputURL), as: UTF8.self)
        return text.split(separator: "\n").map(String.init)
    }
}

/// Runs a command as root-only system set-up (mount, chattr); returns its exit status.
@discardableResult
func system(_ arguments: [String]) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
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
