import Foundation
import Glibc
import HallDomain
@testable import HallStore
import XCTest

/// The log renamed, moved or deleted under running terminals: an open descriptor would
/// keep working on the old file, so every writer and follower checks that the path still
/// names the file it opened. Nothing is written to the lost file, no new empty log appears,
/// and putting the same file back lets work go on.
final class MovedLogTests: XCTestCase {
    func testAWriterRefusesOnceTheLogIsRenamedAndWorksWhenItIsBack() throws {
        let folder = try makeTemporaryFolder(self)
        let url = try makeLog(in: folder)
        let log = try openLog(url)
        try fill(log, count: 2)
        let aside = folder.appendingPathComponent("events.log.moved")
        XCTAssertEqual(rename(url.path, aside.path), 0)
        let before = try bytes(of: aside)

        XCTAssertThrowsError(try log.append([record()], expecting: 2)) { error in
            XCTAssertEqual(error as? LogFailure, .moved(path: url.path))
            XCTAssertTrue((error as? LogFailure)?.message.contains("没有新建日志") == true)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path), "no new log was created")
        XCTAssertTrue(try bytes(of: aside) == before, "nothing went into the file that was moved away")

        XCTAssertEqual(rename(aside.path, url.path), 0)
        XCTAssertEqual(try log.append([record()], expecting: 2).map(\.seq), [3])
        XCTAssertEqual(LogVerifier.verify(url: url).recordCount, 3)
    }

    func testAFileSwappedInUnderTheSameNameIsNotWrittenBehindItsBack() throws {
        let folder = try makeTemporaryFolder(self)
        let url = try makeLog(in: folder)
        let log = try openLog(url)
        try fill(log, count: 1)
        XCTAssertEqual(unlink(url.path), 0)
        XCTAssertThrowsError(try log.append([record()], expecting: 1)) { XCTAssertEqual($0 as? LogFailure, .moved(path: url.path)) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path), "deleting the log does not make a new one appear")
        try EventLog.create(at: url)
        XCTAssertThrowsError(try log.append([record()], expecting: 1)) { XCTAssertEqual($0 as? LogFailure, .moved(path: url.path)) }
        XCTAssertTrue(try bytes(of: url).isEmpty, "the new file is someone else's to explain; this writer stays off it")
    }

    func testOpeningAMissingLogNeverCreatesIt() throws {
        let url = try makeTemporaryFolder(self).appendingPathComponent("events.log")
        XCTAssertThrowsError(try openLog(url)) { XCTAssertEqual($0 as? LogFailure, .missing(path: url.path)) }
        XCTAssertThrowsError(try LogFollower(url: url).poll()) { XCTAssertEqual($0 as? LogFailure, .missing(path: url.path)) }
        XCTAssertEqual(LogHealth.problem(log: url), .missing(path: url.path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path))
    }

    func testAReplicaSaysTheLogIsGoneAndPicksUpWhenItIsBack() throws {
        let root = try makeTemporaryFolder(self)
        let seeds = root.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try "name = \"x\"\n".write(to: seeds.appendingPathComponent("hall.toml"), atomically: true, encoding: .utf8)
        let data = try DataFolder.create(at: root.appendingPathComponent("data"), seeds: seeds)
        let log = try openLog(data.logURL)
        try fill(log, count: 2, type: { _ in "fromANewerVersion" })
        let replica = HallReplica(folder: data)
        XCTAssertEqual(replica.head.seq, 2)

        let aside = root.appendingPathComponent("elsewhere.log")
        XCTAssertEqual(rename(data.logURL.path, aside.path), 0)
        XCTAssertTrue(replica.refresh(), "the change is worth a redraw")
        XCTAssertEqual(replica.unavailable, .moved(path: data.logURL.path))
        XCTAssertNil(replica.alarm, "a moved log is not a damaged one")
        XCTAssertFalse(replica.refresh(), "still gone: nothing new to draw")
        XCTAssertEqual(replica.head.seq, 2, "the screen keeps what it read")

        XCTAssertEqual(rename(aside.path, data.logURL.path), 0)
        try fill(log, count: 1)
        XCTAssertTrue(replica.refresh())
        XCTAssertNil(replica.unavailable)
        XCTAssertEqual(replica.head.seq, 3)
    }
}
