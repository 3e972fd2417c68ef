import Foundation
import HallStore
import XCTest

/// A derived state for tests: counts per type and the last hash, the kind of thing a
/// reducer keeps, so snapshot + tail can be compared with a full replay.
struct TypeCounts: Codable, Equatable {
    var counts: [String: Int] = [:]
    var lastHash = LogHead.zeroHash
    var records = 0

    mutating func apply(_ record: LogRecord) {
        counts[record.type, default: 0] += 1
        lastHash = record.hash
        records += 1
    }

    static func replay(_ records: [LogRecord], from start: TypeCounts = TypeCounts()) -> TypeCounts {
        records.reduce(into: start) { $0.apply($1) }
    }
}

/// Snapshots: start-up from a snapshot plus the tail equals a full replay; a snapshot is
/// used only when the record right after its head names its bytes' SHA-256.
final class SnapshotTests: XCTestCase {
    private let types = ["slipIssued", "called", "served", "workOrderDispatched"]

    /// The state and head a load found usable, or nil (absent or rejected).
    private func usable<S: Codable>(_ store: SnapshotStore, _ type: S.Type, _ url: URL) -> (state: S, head: LogHead)? {
        guard case .matching(let state, let head, _) = store.load(type, logURL: url) else { return nil }
        return (state, head)
    }

    /// Why a load refused the snapshot, or nil when it did not.
    private func rejection<S: Codable>(_ store: SnapshotStore, _ type: S.Type, _ url: URL) -> String? {
        guard case .rejected(let reason) = store.load(type, logURL: url) else { return nil }
        return reason
    }

    func testSnapshotPlusTailEqualsFullReplay() throws {
        for n in [1, 120, 299, 300] {
            let folder = try makeTemporaryFolder(self, "replay\(n)")
            let url = try makeLog(in: folder)
            let log = try openLog(url)
            let before = try fill(log, count: n) { self.types[$0 * 7 % 3 + ($0 % 11 == 0 ? 1 : 0)] }
            let store = SnapshotStore(folder: try folder.appendingPathComponent("snapshots").creatingFolder())
            try takeSnapshot(TypeCounts.replay(before), into: store, log: log)
            try fill(log, count: 300 - n)
            let full = TypeCounts.replay(try openLog(url).records(after: 0))
            XCTAssertEqual(full, TypeCounts.replay(try openLog(url).records(after: 0)), "replaying twice gives the same state")
            XCTAssertEqual(full.records, 301)

            let (state, head) = try XCTUnwrap(usable(store, TypeCounts.self, url), "snapshot at \(n)")
            XCTAssertEqual(head, before[n - 1].head)
            let writer = try openLog(url, trusting: head)
            XCTAssertEqual(TypeCounts.replay(try writer.records(after: head.seq), from: state), full, "writer from snapshot at \(n)")
            let follower = LogFollower(url: url, after: head.seq, startOffset: head.offset)
            XCTAssertEqual(TypeCounts.replay(try follower.poll(), from: state), full, "follower from snapshot at \(n)")
        }
    }

    func testASnapshotTheLogDoesNotVouchForIsNotUsed() throws {
        let folder = try makeTemporaryFolder(self)
        let url = try makeLog(in: folder)
        let log = try openLog(url)
        let written = try fill(log, count: 10)
        let store = SnapshotStore(folder: folder)
        guard case .absent = store.load(TypeCounts.self, logURL: url) else { return XCTFail("no snapshot yet") }

        let wrongHash = LogHead(seq: 10, hash: written[9].prev, offset: written[9].offset, endOffset: written[9].head.endOffset)
        try store.keep(try store.encode(TypeCounts(), at: wrongHash))
        XCTAssertNotNil(rejection(store, TypeCounts.self, url), "hash does not match record 10")

        try store.keep(try store.encode(TypeCounts.replay(written), at: written[9].head))
        XCTAssertEqual(rejection(store, TypeCounts.self, url)?.contains("snapshotTaken"), true, "no record names it yet")

        let bound = try takeSnapshot(TypeCounts.replay(written), into: store, log: log)
        XCTAssertEqual(usable(store, TypeCounts.self, url)?.head, bound)
        XCTAssertNotNil(rejection(store, [String].self, url), "another state type does not decode")

        let good = try bytes(of: store.fileURL(seq: 10))
        // The attack: the head moved back to an earlier real record, the state left later.
        let earlier = written[4].head
        let state = try XCTUnwrap(SnapshotBytes.decoded(TypeCounts.self, from: good)?.state)
        try FileManager.default.removeItem(at: store.fileURL(seq: 10))
        try overwrite(store.fileURL(seq: 5), with: try store.encode(state, at: earlier).bytes)
        XCTAssertEqual(rejection(store, TypeCounts.self, url)?.contains("第 6 条不是登记这份快照"), true)
        try overwrite(store.fileURL(seq: 10), with: try store.encode(state, at: earlier).bytes)
        XCTAssertEqual(rejection(store, TypeCounts.self, url)?.contains("文件名写第 10 条，内容却是第 5 条"), true)
        try FileManager.default.removeItem(at: store.fileURL(seq: 5))

        // The same bytes but one (the record count): the record names the old hash.
        var edited = good
        edited[edited.count - 1] ^= 0x01
        try overwrite(store.fileURL(seq: 10), with: edited)
        XCTAssertEqual(rejection(store, TypeCounts.self, url)?.contains("SHA-256"), true)

        try overwrite(store.fileURL(seq: 10), with: Array(good.dropLast(7)))
        XCTAssertNotNil(rejection(store, TypeCounts.self, url), "a damaged snapshot file")

        XCTAssertThrowsError(try store.encode(Unencodable(), at: log.head)) {
            XCTAssertEqual($0 as? LogFailure, .stateNotEncodable)
        }

        try overwrite(store.fileURL(seq: 10), with: good)
        XCTAssertNotNil(usable(store, TypeCounts.self, url), "the bytes the record names are used again")
        try overwrite(url, with: Array(try bytes(of: url).prefix(Int(bound.endOffset))))
        XCTAssertNotNil(rejection(store, TypeCounts.self, url), "the log no longer holds the snapshot's record")
    }

    /// A writer process killed right after each step of a snapshot write: the next load
    /// sees the old snapshot or the new one, whole, never a mix and never garbage.
    func testKilledBetweenTheStepsOfASnapshotWrite() throws {
        let logstress = try builtExecutable("logstress")
        for step in SnapshotStore.WriteStep.allCases {
            let folder = try makeTemporaryFolder(self, "snapshot\(step.rawValue)")
            let url = try makeLog(in: folder)
            let log = try openLog(url)
            let written = try fill(log, count: 5)
            let snapshots = try folder.appendingPathComponent("snapshots").creatingFolder()
            let store = SnapshotStore(folder: snapshots)
            try takeSnapshot(StressState(seq: 5, label: "old"), into: store, log: log)
            let later = try fill(log, count: 4)

            let child = try Child(logstress, ["snapshot", "--log", url.path, "--folder", snapshots.path,
                                              "--label", "new", "--kill-after", step.rawValue], outputIn: folder)
            let output = try child.finish()
            XCTAssertEqual(child.process.terminationReason, .uncaughtSignal, "\(step): \(output)")
            XCTAssertEqual(child.process.terminationStatus, SIGKILL, "\(step)")

            let (state, head) = try XCTUnwrap(usable(store, StressState.self, url), "\(step)")
            XCTAssertEqual(state.seq, head.seq, "\(step): state and head belong together")
            let old = step == .tempWritten || step == .tempSynced
            XCTAssertEqual(state.label, old ? "old" : "new", "\(step)")
            XCTAssertEqual(head, old ? written[4].head : later[3].head, "\(step)")
        }
    }
}

/// A state whose encoding fails, as a value the binary form cannot hold would.
private struct Unencodable: Codable {
    func encode(to encoder: any Encoder) throws {
        throw EncodingError.invalidValue(0, EncodingError.Context(codingPath: [], debugDescription: "no"))
    }
}

/// The state logstress writes in its snapshots.
struct StressState: Codable, Equatable {
    var seq: Int
    var label: String
}
