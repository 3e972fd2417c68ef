import Foundation
import HallDomain
import HallPostgres
import HallStore
import XCTest

/// Given a hall on PostgreSQL with a few slips, when an engine takes a snapshot into the
/// database, then a new replica starts from it and agrees with a full replay; bytes that
/// do not match the log's `snapshotTaken` record are set aside.
final class PostgresSnapshotTests: PostgresTestCase {
    func testASnapshotInTheDatabaseIsUsedAndAForgedOneIsNot() throws {
        let catalog = try SeedCatalog.load(folder: Checkout.seeds)
        let guide = try XCTUnwrap(catalog.roster.member(id: "G01"))
        let payment = try XCTUnwrap(catalog.businessType(code: "JF"))
        let database = try installedDatabase()
        let store = try store(database)
        let snapshots = PostgresSnapshotStorage(store: store)
        let engine = try HallEngine(store: store, snapshots: snapshots, catalog: catalog, actor: guide, terminal: "door-1", roster: nil)
        let nine = try XCTUnwrap(ISO8601DateFormatter().date(from: "2026-11-23T01:00:00Z"), "09:00 in Shunde")
        for minute in 0..<3 {
            try engine.perform(.issueSlip(businessType: payment.code, customerKind: .residential, presented: payment.checklist(for: .residential),
                                          priority: nil, override: nil, phone: nil), now: nine.addingTimeInterval(Double(minute) * 60))
        }
        let head = try engine.takeSnapshot(into: snapshots, now: nine.addingTimeInterval(300))
        XCTAssertEqual(head.seq, 3)

        let other = try self.store(database)
        let started = HallReplica(store: other, snapshots: PostgresSnapshotStorage(store: other))
        XCTAssertEqual(started.checkedFrom, .snapshot(seq: 3))
        XCTAssertEqual(started.recent.map(\.seq), [4], "only the snapshot's record is replayed")
        XCTAssertEqual(started.state, HallReplica(store: other, snapshots: nil).state, "the same as a full replay")

        var forged = try XCTUnwrap(try snapshots.storedBytes(seq: 3))
        forged[forged.count - 2] ^= 0x01
        try snapshots.store(forged, seq: 3)
        let rejected = HallReplica(store: other, snapshots: PostgresSnapshotStorage(store: other))
        XCTAssertEqual(rejected.checkedFrom, .start)
        XCTAssertNotNil(rejected.snapshotRejection)
    }
}
