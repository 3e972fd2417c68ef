import Foundation
import Glibc
import HallStore
import XCTest

/// The writer's contract within one process: expected-sequence checks, catch-up reading,
/// limits, and never creating a log by accident.
final class EventLogTests: XCTestCase {
    func testConflictWhenAnotherWriterAppendedFirst() throws {
        let url = try makeLog(in: try makeTemporaryFolder(self))
        let counterA = try openLog(url)
        let counterB = try openLog(url)
        let won = try counterA.append([record("called")], expecting: 0)
        XCTAssertEqual(won.map(\.seq), [1])
        XCTAssertThrowsError(try counterB.append([record("called")], expecting: 0)) { error in
            XCTAssertEqual(error as? LogFailure, .conflict(head: won[0].head))
        }
        XCTAssertEqual(counterB.head, won[0].head, "the loser has caught up and can decide again")
        XCTAssertEqual(try counterB.append([record("called")], expecting: 1).map(\.seq), [2])
        XCTAssertEqual(try counterA.records(after: 0).map(\.seq), [1, 2])
        XCTAssertEqual(LogVerifier.verify(url: url).recordCount, 2)
    }

    func testABatchFollowsItsOpenerWithConsecutiveSeqs() throws {
        let log = try openLog(try makeLog(in: try makeTemporaryFolder(self)))
        let written = try log.append((0..<5).map { record("x", #"{"i":\#($0)}"#) }, expecting: 0)
        XCTAssertEqual(written.map(\.seq), [2, 3, 4, 5, 6], "record 1 opens the batch")
        XCTAssertEqual(try log.records(after: 0).first.map { String(decoding: $0.body, as: UTF8.self) }, #"{"records":5}"#)
        XCTAssertEqual(zip(written.dropFirst(), written).allSatisfy { $0.prev == $1.hash && $0.offset == $1.head.endOffset }, true)
        XCTAssertEqual(log.head.endOffset, UInt64(try bytes(of: log.url).count))
        XCTAssertEqual(try log.append([], expecting: 99), [])
    }

    func testRecordsAfterAnySeqAndAfterAnAnchor() throws {
        let url = try makeLog(in: try makeTemporaryFolder(self))
        let log = try openLog(url)
        let all = try fill(log, count: 40)
        for after in [0, 1, 17, 39, 40, 41] {
            XCTAssertEqual(try log.records(after: after), Array(all.dropFirst(after)), "after \(after)")
        }
        let anchored = try openLog(url, trusting: all[24].head)
        XCTAssertEqual(anchored.head, all[39].head)
        XCTAssertEqual(try anchored.records(after: 30), Array(all.dropFirst(30)))
        XCTAssertEqual(try anchored.records(after: 3), Array(all.dropFirst(3)), "before the anchor it reads from the top")
        let wrongAnchor = LogHead(seq: 25, hash: all[3].hash, offset: all[24].offset, endOffset: all[24].head.endOffset)
        XCTAssertEqual(try openLog(url, trusting: wrongAnchor).records(after: 0), all, "a wrong anchor is ignored")
    }

    func testABatchOfManyMebibytesIsWrittenAndReadAsOneUnit() throws {
        let log = try openLog(try makeLog(in: try makeTemporaryFolder(self)))
        let big = #"{"pad":"\#(String(repeating: "电", count: 200_000))"}"#
        let written = try log.append((0..<6).map { _ in record("x", big) }, expecting: 0)
        XCTAssertEqual(written.map(\.seq), Array(2...7), "the opener is record 1 and is not returned")
        XCTAssertGreaterThan(try bytes(of: log.url).count, 3 << 20)
        let all = try openLog(log.url).records(after: 0)
        XCTAssertEqual(all.first?.type, "batchOpened")
        XCTAssertEqual(all.first.map { String(decoding: $0.body, as: UTF8.self) }, #"{"records":6}"#)
        XCTAssertEqual(Array(all.dropFirst()), written)
        XCTAssertEqual(try LogFollower(url: log.url).poll(), all)
        XCTAssertEqual(LogVerifier.verify(url: log.url).verdict, .valid)
        XCTAssertEqual(try log.append([record("x", "{}")], expecting: 7).map(\.seq), [8], "a single record is not framed")
    }

    func testNegativeVersionIsRefused() throws {
        let log = try openLog(try makeLog(in: try makeTemporaryFolder(self)))
        var bad = record()
        bad.version = -1
        XCTAssertThrowsError(try log.append([bad], expecting: 0)) { XCTAssertEqual($0 as? LogFailure, .badVersion(-1)) }
    }

    func testAMissingLogIsNeverCreatedByOpening() throws {
        let url = try makeTemporaryFolder(self).appendingPathComponent("events.log")
        XCTAssertThrowsError(try openLog(url)) { XCTAssertEqual($0 as? LogFailure, .missing(path: url.path)) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path))
        try EventLog.create(at: url)
        XCTAssertThrowsError(try EventLog.create(at: url), "create never replaces a log")
        var info = stat()
        XCTAssertEqual(stat(url.path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o640)
    }

    func testDataFolderLayoutModesAndRefusal() throws {
        let root = try makeTemporaryFolder(self)
        let seeds = root.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: seeds.appendingPathComponent("calendars"), withIntermediateDirectories: true)
        try Data("name = \"城东营业厅\"\n".utf8).write(to: seeds.appendingPathComponent("hall.toml"))
        try Data("[2026]\n".utf8).write(to: seeds.appendingPathComponent("calendars/2026.toml"))
        try Data("ignored".utf8).write(to: seeds.appendingPathComponent("notes.txt"))
        let data = try DataFolder.create(at: root.appendingPathComponent("hall"), seeds: seeds)
        func mode(_ url: URL) -> mode_t {
            var info = stat()
            _ = stat(url.path, &info)
            return info.st_mode & 0o777
        }
        XCTAssertEqual(mode(data.url), 0o750)
        XCTAssertEqual(mode(data.logURL), 0o640)
        XCTAssertTrue(try bytes(of: data.logURL) == [])
        XCTAssertEqual(mode(data.snapshotsURL), 0o750)
        XCTAssertEqual(mode(data.quarantineURL), 0o750)
        XCTAssertEqual(mode(data.seedsURL.appendingPathComponent("calendars/2026.toml")), 0o640)
        XCTAssertEqual(try String(contentsOf: data.seedsURL.appendingPathComponent("hall.toml"), encoding: .utf8), "name = \"城东营业厅\"\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: data.seedsURL.appendingPathComponent("notes.txt").path))
        XCTAssertThrowsError(try DataFolder.create(at: data.url, seeds: seeds)) { error in
            XCTAssertEqual(error as? LogFailure, .folderNotEmpty(path: data.url.path))
        }
        let empty = root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: false)
        XCTAssertNoThrow(try DataFolder.create(at: empty, seeds: seeds), "an empty folder may be used")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted(), ["empty", "hall", "seeds"])
    }

    func testEveryFailureHasAChineseMessageThatSaysWhatToDo() {
        let failures: [LogFailure] = [
            .conflict(head: .empty), .diskFull, .readOnly, .permissionDenied, .missing(path: "/srv/hall/events.log"),
            .corrupt(seq: 12, line: 12, defect: .hashMismatch), .fsyncFailed,
            .notJSONObject, .badVersion(-1), .stateNotEncodable, .folderNotEmpty(path: "/srv/hall"), .io(operation: "write", code: EIO),
        ]
        for failure in failures {
            let message = failure.message
            XCTAssertTrue(message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, message)
            XCTAssertTrue(message.contains("请"), "says what to do: \(message)")
        }
        XCTAssertTrue(LogFailure.corrupt(seq: 12, line: 12, defect: .chainBroken).message.contains("第 12 行"))
        XCTAssertTrue(LogFailure.diskFull.message.contains("磁盘空间已满"))
        XCTAssertTrue(LogFailure.io(operation: "write", code: EIO).message.contains("Input/output error"))
        for defect in RecordDefect.allCases {
            XCTAssertFalse(defect.reason.isEmpty)
            XCTAssertTrue(defect.code.allSatisfy { $0.isLowercase || $0 == "-" || $0.isNumber }, defect.code)
        }
    }
}
