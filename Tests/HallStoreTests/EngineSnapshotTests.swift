import Foundation
import HallDomain
@testable import HallStore
import XCTest

/// `HallEngine.takeSnapshot` on a hall made from the seeds: the snapshot's record follows
/// its head, a fresh replica starts from it and agrees with a full replay, and the same
/// bytes with a switch-in put in are set aside.
final class EngineSnapshotTests: XCTestCase {
    func testATakenSnapshotIsUsedAndAnEditedOneIsNot() throws {
        let folder = try DataFolder.create(at: try makeTemporaryFolder(self).appendingPathComponent("data"), seeds: Checkout.seeds)
        let catalog = try SeedCatalog.load(folder: folder.seedsURL)
        let guide = try XCTUnwrap(catalog.roster.member(id: "G01"))
        let payment = try XCTUnwrap(catalog.businessType(code: "JF"))
        let engine = try HallEngine(folder: folder, catalog: catalog, actor: guide, terminal: "door-1")
        let nine = try XCTUnwrap(LogTimestamp.parse("2026-11-23T09:00:00.000+08:00"))
        for minute in 0..<3 {
            try engine.perform(.issueSlip(businessType: payment.code, customerKind: .residential, presented: payment.checklist(for: .residential),
                                          priority: nil, override: nil, phone: nil), now: nine.addingTimeInterval(Double(minute) * 60))
        }
        let store = SnapshotStore(folder: folder.snapshotsURL)
        let head = try engine.takeSnapshot(into: store, now: nine.addingTimeInterval(300))
        XCTAssertEqual(head.seq, 5, "three slips, and the roster the first write recorded in one batch with its opener")
        guard case .snapshotTaken(let taken)? = engine.replica.recent.last?.event else { return XCTFail("no snapshotTaken record") }
        XCTAssertEqual(taken.seq, 5)
        XCTAssertEqual(engine.replica.head.seq, 6)

        let started = HallReplica(folder: folder)
        XCTAssertEqual(started.checkedFrom, .snapshot(seq: 5))
        XCTAssertEqual(started.recent.map(\.seq), [6], "only the snapshot's record is replayed")
        try FileManager.default.removeItem(at: store.fileURL(seq: 5))
        XCTAssertEqual(started.state, HallReplica(folder: folder).state, "the same as a full replay")

        let later = try engine.takeSnapshot(into: store, now: nine.addingTimeInterval(360))
        var state = try XCTUnwrap(SnapshotBytes.decoded(HallState.self, from: try bytes(of: store.fileURL(seq: later.seq)))?.state)
        state.switchIns = ["door-1": SwitchIn(member: "A01", at: nine, session: nil, bootTime: nil)]
        try overwrite(store.fileURL(seq: later.seq), with: try store.encode(state, at: later).bytes)
        let injected = HallReplica(folder: folder)
        XCTAssertEqual(injected.checkedFrom, .start)
        XCTAssertEqual(injected.state.switchIns, [:], "nobody switched in")
        XCTAssertEqual(injected.snapshotRejection?.contains("SHA-256"), true, injected.snapshotRejection ?? "")
    }
}
