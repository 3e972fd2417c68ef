import Foundation
import HallStore
import XCTest

/// `[snapshots]` in `hall.toml`: the seeds' values, the defaults without the table, and a
/// value out of range refused in Chinese, naming the key.
final class SeedSnapshotsTests: XCTestCase {
    private func load(_ text: String) throws -> SnapshotPolicy {
        let file = try makeTemporaryFolder(self).appendingPathComponent("hall.toml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return try SeedSnapshots.load(file)
    }

    func testTheSeedsTableTheDefaultsAndAValueOutOfRange() throws {
        XCTAssertEqual(try SeedSnapshots.load(Checkout.seeds.appendingPathComponent("hall.toml")),
                       SnapshotPolicy(everyRecords: 20_000, atDayClose: true, keep: 3))
        XCTAssertEqual(try load("name = \"厅\"\n"), .defaults)
        XCTAssertEqual(try load("[snapshots]\nevery_records = 0\nat_day_close = false\n"), SnapshotPolicy(everyRecords: 0, atDayClose: false, keep: 3))
        XCTAssertThrowsError(try load("[snapshots]\nkeep = 0\n")) {
            XCTAssertEqual(($0 as? SeedError)?.problem.contains("keep（保留几份快照）"), true, "\($0)")
        }
        XCTAssertThrowsError(try load("[snapshots]\nevery_records = 5\n")) {
            XCTAssertEqual(($0 as? SeedError)?.problem.contains("every_records"), true, "\($0)")
        }
    }
}
