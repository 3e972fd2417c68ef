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

/// Snapshots: start-up from a snapshot plus the tail equals a full replay; a snapshot that
/// does not match the log is never used.
final class SnapshotTests: XCTestCase {
    private let types = ["slipIssued", "called", "served", "workOrderDispatched"]

    func testSnapshotPlusTailEqualsFullReplay() throws {
        let folder = try makeTemporaryFolder(self)
        let url = try makeLog(in: folder)
        let log = try openLog(url)
        let written = try fill(log, count: 300) { self.types[$0 * 7 % 3 + ($0 % 11 == 0 ? 1 : 0)] }
        let full = TypeCounts.replay(try openLog(url).records(after: 0))
        XCTAssertEqual(full, TypeCounts.replay(try openLog(url).records(after: 0)), "replaying twice gives the same state")
        XCTAssertEqual(full.records, 300)

        let store = SnapshotStore(folder: try folder.appendingPathComponent("snapshots").creatingFolder())
        for n in [1, 120, 299, 300] {
            try store.write(TypeCounts.replay(Array(written.prefix(n))), at: written[n - 1].head)
            let (state, head) = try XCTUnwrap(store.load(TypeCounts.self, logURL: url))
            XCTAssertEqual(head, written[n - 1].head)
            let writer = try openLog(url, trusting: head)
            XCTAssertEqual(TypeCounts.replay(try writer.records(after: head.seq), from: state), full, "writer from snapshot at \(n)")
            let follower = LogFollower(url: url, after: head.seq, startOffset: head.offset)
            XCTAssertEqual(TypeCounts.replay(try follower.poll(), from: state), full, "follower from snapshot at \(n)")
        }
    }

    func testAMismatchedOrDamagedSnapshotIsNotUsed() throws {
        let folder = try makeTemporaryFolder(self)
        let url = try makeLog(in: folder)
        let written = try fill(try openLog(url), count: 10)
        let store = SnapshotStore(folder: folder)
        XCTAssertNil(store.load(TypeCounts.self, logURL: url), "no snapshot yet")

        let wrongHash = LogHead(seq: 5, hash: written[4].prev, offset: written[4].offset, endOffset: written[4].head.endOffset)
        try store.write(TypeCounts(), at: wrongHash)
        XCTAssertNil(store.load(TypeCounts.self, logURL: url), "hash does not match record 5")

        let wrongOffset = LogHead(seq: 5, hash: written[4].hash, offset: written[5].offset, endOffset: written[5].head.endOffset)
        try store.write(TypeCounts(), at: wrongOffset)
        XCTAssertNil(store.load(TypeCounts.self, logURL: url), "record 5 is not at that offset")

        try store.write(TypeCounts(), at: written[4].head)
        XCTAssertNotNil(store.load(TypeCounts.self, logURL: url))
        XCTAssertNil(store.load([String].self, logURL: url), "another state type does not decode")

        try overwrite(store.fileURL, with: Array(try bytes(of: store.fileURL).dropLast(7)))
        XCTAssertNil(store.load(TypeCounts.self, logURL: url), "a damaged snapshot file")

        XCTAssertThrowsError(try store.write([Double.nan], at: written[9].head)) {
            XCTAssertEqual($0 as? LogFailure, .stateNotEncodable)
        }
        XCTAssertNil(store.load(TypeCounts.self, logURL: url), "the damaged file stays as it was, unused")

        try store.write(TypeCounts(), at: written[9].head)
        try overwrite(url, with: Array(try bytes(of: url).prefix(Int(written[8].head.endOffset))))
        XCTAssertNil(store.load(TypeCounts.self, logURL: url), "the log no longer reaches the snapshot")
    }

    /// A writer process killed right after each step of a snapshot write: the next load
    /// sees the old snapshot or the new one, whole, never a mix and never garbage.
    func testKilledBetweenTheStepsOfASnapshotWrite() throws {
        let logstress = try builtExecutable("logstress")
        for step in SnapshotStore.WriteStep.allCases {
            let folder = try makeTemporaryFolder(self, "snapshot\(step.rawValue)")
            let url = try makeLog(in: folder)
            let written = try fill(try openLog(url), count: 10)
            let snapshots = try folder.appendingPathComponent("snapshots").creatingFolder()
            let store = SnapshotStore(folder: snapshots)
            try store.write(StressState(seq: 5, label: "old"), at: written[4].head)

            let child = try Child(logstress, ["snapshot", "--log", url.path, "--folder", snapshots.path, "--seq", "10",
                                              "--label", "new", "--kill-after", step.rawValue], outputIn: folder)
            let output = try child.finish()
            XCTAssertEqual(child.process.terminationReason, .uncaughtSignal, "\(step): \(output)")
            XCTAssertEqual(child.process.terminationStatus, SIGKILL, "\(step)")

            let (state, head) = try XCTUnwrap(store.load(StressState.self, logURL: url), "\(step)")
            XCTAssertEqual(state.seq, head.seq, "\(step): state and head belong together")
            let expected = step == .tempWritten || step == .tempSynced ? ("old", 5) : ("new", 10)
            XCTAssertEqual(state.label, expected.0, "\(step)")
            XCTAssertEqual(head, written[expected.1 - 1].head, "\(step)")
        }
    }
}

/// The state logstress writes in its snapshots.
struct StressState: Codable, Equatable {
    var seq: Int
    var label: String
}
