import Foundation
import Glibc
import HallDomain
@testable import HallStore
import XCTest

/// Automatic snapshots (issue 16): a writer takes one by itself every N records and at each
/// day's close, off the key path; start-up takes the newest that matches the log, falls back
/// to the one before, then to a full replay, and always ends at the full replay's state.
final class AutoSnapshotTests: XCTestCase {
    private var folder: DataFolder!
    private var catalog: Catalog!
    private let nine = LogTimestamp.parse("2026-11-23T09:00:00.000+08:00")!

    override func setUpWithError() throws {
        folder = try DataFolder.create(at: try makeTemporaryFolder(self).appendingPathComponent("data"), seeds: Checkout.seeds)
        catalog = try SeedCatalog.load(folder: folder.seedsURL)
    }

    private var storage: SnapshotStore { SnapshotStore(folder: folder.snapshotsURL) }

    /// The guide at the door, taking snapshots every `every` records and at each day's close.
    private func door(every: Int, keep: Int = 2, terminal: String = "door-1") throws -> HallEngine {
        let engine = try HallEngine(folder: folder, catalog: catalog, actor: try XCTUnwrap(catalog.roster.member(id: "G01")), terminal: terminal)
        engine.autoSnapshot = AutoSnapshot(policy: SnapshotPolicy(everyRecords: every, atDayClose: true, keep: keep), storage: storage)
        return engine
    }

    private func issue(_ engine: HallEngine, at time: Date) throws {
        let payment = try XCTUnwrap(catalog.businessType(code: "JF"))
        try engine.perform(.issueSlip(businessType: payment.code, customerKind: .residential, presented: payment.checklist(for: .residential),
                                      priority: nil, override: nil, phone: nil), now: time)
    }

    /// The `snapshotTaken` records of the log, by the seq they name.
    private func takenRecords() -> [Int] {
        HallReplica(store: FileEventStore(readingFrom: folder.logURL), snapshots: nil).recent.compactMap {
            guard case .snapshotTaken(let taken) = $0.event else { return nil }
            return taken.seq
        }
    }

    private var fullReplay: HallState {
        HallReplica(store: FileEventStore(readingFrom: folder.logURL), snapshots: nil).state
    }

    func testPastNRecordsAWriterTakesASnapshotByItselfAndTheNextStartUsesIt() throws {
        let engine = try door(every: 10)
        var minute = 0.0
        while engine.replica.head.seq < 10 {
            XCTAssertEqual(try storage.storedSeqs(), [], "none before the threshold")
            try issue(engine, at: nine.addingTimeInterval(minute * 60))
            minute += 1
        }
        let crossed = engine.replica.head.seq
        XCTAssertEqual(takenRecords(), [], "the key that crossed the threshold returned before any snapshot record")
        engine.settleAutoSnapshot(wait: true)
        XCTAssertEqual(try storage.storedSeqs(), [crossed])
        XCTAssertEqual(takenRecords(), [crossed], "one snapshotTaken, right after the record that crossed")
        XCTAssertEqual(engine.replica.head.seq, crossed + 1)

        let started = HallReplica(folder: folder)
        XCTAssertEqual(started.checkedFrom, .snapshot(seq: crossed))
        XCTAssertEqual(started.recent.map(\.seq), [crossed + 1], "only the snapshot's record is replayed")
        XCTAssertEqual(started.state, fullReplay)
        XCTAssertFalse(started.snapshotDue(engine.autoSnapshot!.policy), "its record makes it not due for every terminal")
    }

    func testTwoTerminalsRacingWriteOneSnapshotTakenPerThreshold() throws {
        let one = try door(every: 10, terminal: "door-1")
        let two = try door(every: 10, terminal: "door-2")
        var minute = 0.0
        while one.replica.head.seq < 9 {
            try issue(one, at: nine.addingTimeInterval(minute * 60))
            minute += 1
        }
        try issue(one, at: nine.addingTimeInterval(minute * 60))
        try issue(two, at: nine.addingTimeInterval(minute * 60 + 30))
        // Both are due at their own head; the first one's head is no longer the log's.
        one.settleAutoSnapshot(wait: true)
        two.settleAutoSnapshot(wait: true)
        XCTAssertEqual(takenRecords(), [two.replica.head.seq - 1], "the conflict dropped the first; the second one stands")
        try issue(one, at: nine.addingTimeInterval(minute * 60 + 60))
        one.settleAutoSnapshot(wait: true)
        two.settleAutoSnapshot(wait: true)
        XCTAssertEqual(takenRecords().count, 1, "nobody is due again until the next threshold")
        XCTAssertEqual(HallReplica(folder: folder).state, fullReplay)
    }

    func testTheFirstRecordOfTheNextBusinessDayTakesTheDaysCloseSnapshot() throws {
        let engine = try door(every: 0)
        for minute in 0..<3 { try issue(engine, at: nine.addingTimeInterval(Double(minute) * 60)) }
        engine.settleAutoSnapshot(wait: true)
        XCTAssertEqual(takenRecords(), [], "within one day, none")
        try issue(engine, at: nine.addingTimeInterval(86_400))
        engine.settleAutoSnapshot(wait: true)
        let morning = engine.replica.head.seq - 1
        XCTAssertEqual(takenRecords(), [morning])
        XCTAssertEqual(HallReplica(folder: folder).checkedFrom, .snapshot(seq: morning))
        try issue(engine, at: nine.addingTimeInterval(86_400 + 60))
        engine.settleAutoSnapshot(wait: true)
        XCTAssertEqual(takenRecords(), [morning], "once a day")
    }

    func testTheFirstSnapshotOfAMonthLeavesTheReportCheckpointAtItsStart() throws {
        let engine = try HallEngine(folder: folder, catalog: catalog, actor: try XCTUnwrap(catalog.roster.member(id: "G01")), terminal: "door-1")
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        engine.autoSnapshot = AutoSnapshot(policy: SnapshotPolicy(everyRecords: 0, atDayClose: true, keep: 2), storage: storage,
                                           reports: ReportCheckpointKeeper(logURL: folder.logURL, zone: zone))
        let checkpoints = ReportCheckpoints(besideLog: folder.logURL)
        for day in [0, 7] {
            try issue(engine, at: nine.addingTimeInterval(Double(day) * 86_400))
            engine.settleAutoSnapshot(wait: true)
        }
        XCTAssertEqual(checkpoints.days(), [], "November has no month start read past")
        try issue(engine, at: nine.addingTimeInterval(8 * 86_400))
        engine.settleAutoSnapshot(wait: true)
        XCTAssertEqual(checkpoints.days().map(\.description), ["2026-12-01"], "December's first day close leaves one")
        let december = try XCTUnwrap(ReportPeriod.month(year: 2026, month: 12, zone: zone))
        let folds = [PeriodReportFold(period: december, waitTargetMinutes: 15)]
        let store = FileEventStore(readingFrom: folder.logURL)
        XCTAssertGreaterThan(ReportReader.resume(folds, carrier: nil, store: store, from: checkpoints).head.seq, 0)
        var fromCheckpoint = folds, whole = folds
        try ReportReader.fold(folder.logURL, into: &fromCheckpoint)
        try ReportReader.fold(store, into: &whole)
        XCTAssertEqual(fromCheckpoint.map { $0.report() }, whole.map { $0.report() })
    }

    /// Three snapshots with two kept; the newest damaged, then both.
    func testKeepsTheLastKAndFallsBackToTheOneBeforeThenToAFullReplay() throws {
        let engine = try door(every: 5, keep: 2)
        var taken: [Int] = []
        var minute = 0.0
        while taken.count < 3 {
            try issue(engine, at: nine.addingTimeInterval(minute * 60))
            minute += 1
            engine.settleAutoSnapshot(wait: true)
            taken = takenRecords()
        }
        try issue(engine, at: nine.addingTimeInterval(minute * 60))
        XCTAssertEqual(try storage.storedSeqs(), [taken[2], taken[1]], "the oldest was removed")
        let full = fullReplay

        try overwrite(storage.fileURL(seq: taken[2]), with: Array(try bytes(of: storage.fileURL(seq: taken[2])).dropLast(5)))
        let fallback = HallReplica(folder: folder)
        XCTAssertEqual(fallback.checkedFrom, .snapshot(seq: taken[1]), "the one before")
        XCTAssertEqual(fallback.state, full)
        XCTAssertEqual(fallback.snapshotsSetAside.count, 1)
        XCTAssertEqual(fallback.snapshotNotice?.contains("已改用第 \(taken[1]) 条的快照"), true, fallback.snapshotNotice ?? "")
        XCTAssertEqual(SnapshotCheck.run(folder: folder).level, .warning)

        try overwrite(storage.fileURL(seq: taken[1]), with: Array("不是快照".utf8))
        let replayed = HallReplica(folder: folder)
        XCTAssertEqual(replayed.checkedFrom, .start, "none left: the whole log")
        XCTAssertEqual(replayed.state, full)
        XCTAssertEqual(replayed.snapshotNotice?.hasPrefix("快照与日志不符，已从头重放："), true, replayed.snapshotNotice ?? "")
    }

    func testAnOldJSONSnapshotIsRejectedWithItsFormatAndRemovedByTheNextWrite() throws {
        let engine = try door(every: 5)
        for minute in 0..<3 { try issue(engine, at: nine.addingTimeInterval(Double(minute) * 60)) }
        let legacy = storage.legacyURL
        try Data(#"{"format":3,"head":{"seq":2},"state":{}}"#.utf8).write(to: legacy)
        let started = HallReplica(folder: folder)
        XCTAssertEqual(started.checkedFrom, .start)
        XCTAssertEqual(started.snapshotRejection?.contains("格式 3"), true, started.snapshotRejection ?? "")
        XCTAssertEqual(started.state, fullReplay, "never the old snapshot's state")

        // A write killed before its rename, by a process that is gone.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let stale = folder.snapshotsURL.appendingPathComponent(".snapshot-3.bin-\(gone.processIdentifier)-12345.tmp")
        try Data([1, 2, 3]).write(to: stale)
        let running = folder.snapshotsURL.appendingPathComponent(".snapshot-4.bin-\(getpid())-6789.tmp")
        try Data([1, 2, 3]).write(to: running)

        while takenRecords().isEmpty {
            try issue(engine, at: nine.addingTimeInterval(300))
            engine.settleAutoSnapshot(wait: true)
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.snapshotsURL.path).sorted()
        XCTAssertEqual(left, [running.lastPathComponent, "snapshot-\(takenRecords()[0]).bin"],
                       "the old snapshot and the dead writer's temp file are gone; a live writer's stays")
    }

    /// The binary form loads what was stored, Codable field for field, and refuses bytes cut short.
    func testTheBinaryFormRoundTripsTheHallsState() throws {
        let engine = try door(every: 0)
        for minute in 0..<4 { try issue(engine, at: nine.addingTimeInterval(Double(minute) * 60)) }
        let state = engine.replica.state
        let encoded = try storage.encode(state, at: engine.replica.head)
        let decoded = try XCTUnwrap(SnapshotBytes.decoded(HallState.self, from: encoded.bytes))
        XCTAssertEqual(decoded.state, state)
        XCTAssertEqual(decoded.head, engine.replica.head)
        for cut in [1, 7, encoded.bytes.count / 2] {
            XCTAssertNil(SnapshotBytes.decoded(HallState.self, from: Array(encoded.bytes.dropLast(cut))), "cut \(cut)")
        }
        struct Mixed: Codable, Equatable {
            var a: Int8 = -3, b: UInt64 = .max, c: Double = -0.5, d: Float = 2.25, e: String? = nil, f: [String: [Int]] = ["x": [1, -2]]
            var g: Data = Data([0, 255]), h: Bool = true, i: [Int?] = [nil, 4], j: Date = Date(timeIntervalSinceReferenceDate: 12.5)
        }
        XCTAssertEqual(try BinaryDecoder().decode(Mixed.self, from: try BinaryEncoder().encode(Mixed())), Mixed())
    }

    /// A writer killed before its `snapshotTaken` record, or at each step of the file write
    /// after it: the next start ends at the same state as a full replay, from the snapshot
    /// when its file was renamed into place, else from the start.
    func testKilledAtEachStepOfAnAutomaticSnapshotTheNextStartIsRight() throws {
        let logstress = try builtExecutable("logstress")
        for step in ["encoded"] + SnapshotStore.WriteStep.allCases.map(\.rawValue) {
            folder = try DataFolder.create(at: try makeTemporaryFolder(self, "auto-\(step)").appendingPathComponent("data"), seeds: Checkout.seeds)
            let child = try Child(logstress, ["autosnapshot", "--data", folder.url.path, "--at", "2026-11-23T01:00:00Z", "--every", "6",
                                              "--kill-after", step], outputIn: folder.url)
            let output = try child.finish()
            XCTAssertEqual(child.process.terminationReason, .uncaughtSignal, "\(step): \(output)")
            let started = HallReplica(folder: folder)
            XCTAssertNil(started.alarm, step)
            XCTAssertEqual(started.state, fullReplay, "\(step): the same state as a full replay")
            let kept = step == "renamed" || step == "folderSynced"
            XCTAssertEqual(started.checkedFrom == .start, !kept, "\(step): \(started.checkedFrom)")
            XCTAssertEqual(takenRecords().count, step == "encoded" ? 0 : 1, step)
        }
    }
}
