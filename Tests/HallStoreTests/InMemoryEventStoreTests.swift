import Foundation
import HallStore
import XCTest

/// The in-memory store keeps what the file log keeps: the same bytes and hashes for the
/// same appends, the same refusals and conflicts, and reads from any position or by
/// following, as the engine's tests rely on.
final class InMemoryEventStoreTests: XCTestCase {
    /// Appends the same records to a log file and to memory, one by one and in batches.
    private func sameAppends() throws -> (file: EventLog, memory: InMemoryEventStore, written: [LogRecord]) {
        let file = try openLog(try makeLog(in: try makeTemporaryFolder(self)))
        let memory = InMemoryEventStore(timeZone: siteZone)
        var written: [LogRecord] = []
        for appends in [[record("slipIssued", #"{"n":1,"note":"第1号 号"}"#)],
                        (0..<4).map { record("x", #"{"i":\#($0),"s":"电\t\u00e9"}"#, actor: "C0\($0)") },
                        [record("called", "{}", terminal: "pts/3")]] {
            let toFile = try file.append(appends, expecting: file.head.seq)
            XCTAssertEqual(try memory.append(appends, expecting: memory.head().seq), toFile)
            written += toFile
        }
        return (file, memory, written)
    }

    func testTheSameAppendsGiveTheSameBytesRecordsAndHashes() throws {
        let (file, memory, _) = try sameAppends()
        XCTAssertEqual(memory.bytes, try bytes(of: file.url))
        XCTAssertEqual(memory.head(), file.head)
        XCTAssertEqual(memory.all, try file.records(after: 0))
        XCTAssertEqual(memory.all.map(\.type), ["slipIssued", "batchOpened", "x", "x", "x", "x", "called"], "a batch has its opener")
    }

    func testConflictsAndRefusalsAreTheFileLogs() throws {
        let (file, memory, written) = try sameAppends()
        for store in [memory as EventStore, FileEventStore(url: file.url, timeZone: siteZone, repairActor: "system", repairTerminal: "test")] {
            XCTAssertThrowsError(try store.append([record()], expecting: 3)) { error in
                XCTAssertEqual(error as? LogFailure, .conflict(head: written.last!.head))
            }
            XCTAssertThrowsError(try store.append([record("x", "[]")], expecting: 7)) { XCTAssertEqual($0 as? LogFailure, .notJSONObject) }
            var negative = record()
            negative.version = -1
            XCTAssertThrowsError(try store.append([negative], expecting: 3)) { XCTAssertEqual($0 as? LogFailure, .badVersion(-1)) }
            XCTAssertEqual(try store.append([], expecting: 99), [])
            XCTAssertEqual(try store.head(), written.last!.head, "a refusal writes nothing")
        }
    }

    func testReplayFromAnyPosition() throws {
        let (file, memory, _) = try sameAppends()
        for after in [0, 1, 4, 6, 7, 8] {
            XCTAssertEqual(try memory.records(after: after), try file.records(after: after), "after \(after)")
        }
    }

    func testAFollowerGetsWhatWasAppendedSinceItsLastPoll() throws {
        let (_, memory, written) = try sameAppends()
        let fromStart = memory.follow(after: .empty)
        XCTAssertEqual(try fromStart.poll(), memory.all)
        XCTAssertEqual(try fromStart.poll(), [])
        let fromAnchor = memory.follow(after: written[0].head)
        XCTAssertEqual(try fromAnchor.poll(), Array(memory.all.dropFirst()))
        let added = try memory.append([record("y"), record("z")], expecting: 7)
        XCTAssertEqual(try fromStart.poll().map(\.seq), [8] + added.map(\.seq), "the batch with its opener")
        XCTAssertEqual(fromStart.head, added.last?.head)
        XCTAssertEqual(try fromAnchor.poll().count, 3)
    }

    func testAnAnchorIsHeldOnlyWhereItIs() throws {
        let (file, memory, written) = try sameAppends()
        let fileStore = FileEventStore(readingFrom: file.url)
        let wrong = LogHead(seq: 1, hash: written[1].hash, offset: written[0].offset, endOffset: written[0].head.endOffset)
        for anchor in [LogHead.empty, written[0].head, written.last!.head, wrong] {
            XCTAssertEqual(memory.check(anchor), try fileStore.check(anchor), "\(anchor)")
        }
        XCTAssertEqual(memory.check(wrong), .notHeld)
        XCTAssertEqual(memory.check(written[0].head), .held(next: memory.all[1]))
    }
}
