import Foundation
import HallDomain
@testable import HallStore
import XCTest

/// A terminal's replica of the hall: snapshot + tail equals full replay, it follows other
/// writers, and a damaged log raises the alarm instead of producing a wrong state. Only
/// the damaged file needs a real log; the rest run on an in-memory store.
final class HallReplicaTests: XCTestCase {
    private func folder() throws -> DataFolder {
        let root = try makeTemporaryFolder(self)
        let seeds = root.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try "name = \"x\"\n".write(to: seeds.appendingPathComponent("hall.toml"), atomically: true, encoding: .utf8)
        return try DataFolder.create(at: root.appendingPathComponent("data"), seeds: seeds)
    }

    private func repair(_ n: Int) -> NewRecord {
        let encoded = EventCodec.encode(.logRepaired(LogRepaired(bytes: n, offset: n * 100, quarantineFile: "quarantine/\(n).bin")))
        return NewRecord(actor: "A01", terminal: "pts/\(n % 3)", type: encoded.type, version: encoded.version,
                         body: encoded.body, timestamp: Date(timeIntervalSince1970: 1_795_397_400 + Double(n)))
    }

    /// A log kept in memory: these tests are about folding records, not about the file.
    private func memory() -> InMemoryEventStore {
        InMemoryEventStore(timeZone: siteZone)
    }

    func testSnapshotPlusTailEqualsFullReplay() throws {
        let log = memory()
        let snapshots = InMemorySnapshotStore()
        for n in 1...30 { _ = try log.append([n % 4 == 0 ? record("eventFromANewerVersion") : repair(n)], expecting: log.head().seq) }
        let atSnapshot = HallReplica(store: log, snapshots: snapshots)
        let encoded = try snapshots.encode(atSnapshot.state, at: log.head())
        _ = try log.append([encoded.record(actor: "A01", terminal: "pts/0", timestamp: Date(timeIntervalSince1970: 1_795_397_400.123))],
                           expecting: log.head().seq)
        try snapshots.keep(encoded)
        for n in 32...50 { _ = try log.append([repair(n)], expecting: log.head().seq) }

        let fromSnapshot = HallReplica(store: log, snapshots: snapshots)
        XCTAssertEqual(fromSnapshot.checkedFrom, .snapshot(seq: 30))
        XCTAssertNil(fromSnapshot.snapshotRejection)
        XCTAssertEqual(fromSnapshot.recent.first?.seq, 31, "only the tail was read: the snapshot's record and after")
        let full = HallReplica(store: log, snapshots: nil)
        XCTAssertEqual(full.checkedFrom, .start)
        XCTAssertEqual(fromSnapshot.state, full.state)
        XCTAssertEqual(full.state.lastSeq, 50)
        XCTAssertEqual(full.state.repairs.count, 50 - 7 - 1)
        XCTAssertEqual(full.state.unrecognised, ["eventFromANewerVersion": 7])
        XCTAssertEqual(HallReplica(store: log, snapshots: nil).state, full.state, "replaying twice gives the same state")
    }

    func testASnapshotThatNoLongerMatchesTheLogFallsBackToFullReplayAndSaysWhy() throws {
        let log = memory()
        for n in 1...5 { _ = try log.append([repair(n)], expecting: log.head().seq) }
        let store = InMemorySnapshotStore()
        let wrong = LogHead(seq: 5, hash: String(repeating: "a", count: 64), offset: log.head().offset, endOffset: log.head().endOffset)
        let unrecorded = try store.encode(HallState.initial, at: wrong)
        try store.keep(unrecorded)
        let replica = HallReplica(store: log, snapshots: store)
        XCTAssertEqual(replica.checkedFrom, .start)
        XCTAssertEqual(replica.state.repairs.count, 5, "never the snapshot's wrong state")
        XCTAssertEqual(replica.snapshotNotice?.hasPrefix("快照与日志不符，已从头重放："), true, replica.snapshotNotice ?? "")
    }

    func testRefreshFoldsInAnotherWritersRecords() throws {
        let log = memory()
        let replica = HallReplica(store: log, snapshots: nil)
        XCTAssertFalse(replica.refresh())
        _ = try log.append([repair(1), repair(2)], expecting: 0)
        XCTAssertTrue(replica.refresh())
        XCTAssertEqual(replica.state.repairs.map(\.bytes), [1, 2])
        XCTAssertEqual(replica.recent.first?.event, .batchOpened(BatchOpened(records: 2)))
        XCTAssertEqual(replica.recent.map(\.terminal), ["pts/1", "pts/1", "pts/2"], "the opener is written as the first record's terminal")
    }

    /// Given a log longer than twice the cap of `recent`, when a replica replays it and then
    /// folds in a few more, then `recent` holds exactly the newest `recentLimit`, in order.
    func testRecentHoldsTheNewestRecordsUpToItsCapAfterAReplayAndARefresh() throws {
        let log = memory()
        let limit = HallReplica.recentLimit
        let total = 2 * limit + 37
        _ = try log.append((1...total).map(repair), expecting: 0)
        let replica = HallReplica(store: log, snapshots: nil)
        XCTAssertEqual(replica.recent.map(\.seq), Array((total + 1 - limit + 1)...(total + 1)), "the batch opener is record 1")
        _ = try log.append([repair(total + 1)], expecting: log.head().seq)
        XCTAssertTrue(replica.refresh())
        XCTAssertEqual(replica.recent.count, limit)
        XCTAssertEqual(replica.recent.last?.seq, total + 2)
        XCTAssertEqual(replica.recent.first?.seq, total + 3 - limit)
    }

    func testADamagedRecordRaisesTheAlarmAndStopsThere() throws {
        let data = try folder()
        let log = try openLog(data.logURL)
        for n in 1...4 { _ = try log.append([repair(n)], expecting: log.head.seq) }
        var content = try bytes(of: data.logURL)
        let second = lineRanges(content)[1]
        content[second.lowerBound + 20] ^= 0x01
        try overwrite(data.logURL, with: content)
        let replica = HallReplica(folder: data)
        XCTAssertEqual(replica.state.lastSeq, 1, "nothing after the damaged record is used")
        XCTAssertNotNil(replica.alarm)
        XCTAssertTrue(replica.alarm?.contains("第 2") ?? false, replica.alarm ?? "")
    }

    func testAKnownTypeWithAnUndecodableBodyRaisesTheAlarm() throws {
        let log = memory()
        _ = try log.append([repair(1)], expecting: 0)
        _ = try log.append([record(LogRepaired.type, #"{"bytes":"lots"}"#)], expecting: 1)
        let replica = HallReplica(store: log, snapshots: nil)
        XCTAssertEqual(replica.state.lastSeq, 1)
        XCTAssertTrue(replica.alarm?.contains("第 2 条记录") ?? false, replica.alarm ?? "")
    }
}
