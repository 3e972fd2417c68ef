import Foundation
import HallDomain
import HallStore
import XCTest

/// `halldesk demo --until`, the demo's simulated staff without a console, through the built
/// binary: the log it leaves verifies, holds the morning's slips and orders under the staff
/// who acted, stops at the moment asked, and the same seed lays down the same morning.
final class DemoCommandTests: XCTestCase {
    private func folder(_ name: String) throws -> URL {
        let root = try makeTemporaryFolder(self)
        return root.appendingPathComponent(name)
    }

    private func demo(until: String, seed: Int = 3) throws -> (data: URL, output: String) {
        let data = try folder("hall")
        let run = try runCapturing(try builtHalldesk(), ["demo", "--keep", data.path, "--until", until, "--seed", String(seed)])
        XCTAssertEqual(run.status, 0, run.errors)
        return (data, run.output)
    }

    func testTheMorningUntilTenThirtyVerifiesAndHoldsSlipsAndOrders() throws {
        let (data, output) = try demo(until: "10:30")
        XCTAssertTrue(output.contains("演示到 ") && output.contains(" 10:30。"), output)
        XCTAssertTrue(output.contains("halldesk --data \(data.path)"), output)
        XCTAssertEqual(try runToEnd(try builtHalldesk(), ["log", "verify", "--data", data.path]), 0)

        let catalog = try SeedCatalog.load(folder: DataFolder(url: data).seedsURL)
        let replica = HallReplica(folder: DataFolder(url: data))
        let state = replica.state
        XCTAssertGreaterThan(state.today.slips.count, 50)
        XCTAssertGreaterThan(state.today.slips.count { $0.status == .finished }, 30)
        XCTAssertGreaterThanOrEqual(state.workOrders.orders.count, 1)
        // The demo's own business day, not the machine's: a run across midnight stays right.
        let demoDay = try XCTUnwrap(CalendarDay(state.today.businessDay))
        let end = LocalTime(day: demoDay, secondOfDay: 10.5 * 3600).instant(in: catalog.hall.zone)
        XCTAssertEqual(replica.recent.last?.seq, state.lastSeq)
        XCTAssertTrue(replica.recent.allSatisfy { $0.time <= end && $0.terminal == "demo" })
        XCTAssertEqual(Set(replica.recent.map(\.actor)), ["G01", "C01", "C02", "C03", "C04", "K01"], "the newest \(replica.recent.count)")
    }

    func testTheSameSeedLaysDownTheSameMorning() throws {
        func bodies(_ data: URL) -> [Data] {
            HallReplica(folder: DataFolder(url: data)).recent.map { EventCodec.encode($0.event).body }
        }
        let once = try demo(until: "09:30").data
        let again = try demo(until: "09:30").data
        let other = try demo(until: "09:30", seed: 4).data
        XCTAssertEqual(bodies(once), bodies(again))
        XCTAssertNotEqual(bodies(once), bodies(other))
    }

    func testUntilWithoutKeepAndAWrongTimeAreRefusedInChinese() throws {
        let withoutKeep = try runCapturing(try builtHalldesk(), ["demo", "--until", "10:30"])
        XCTAssertNotEqual(withoutKeep.status, 0)
        XCTAssertTrue(withoutKeep.errors.contains("--until 需要 --keep DIR"), withoutKeep.errors)
        let untouched = try folder("x")
        let wrongTime = try runCapturing(try builtHalldesk(), ["demo", "--keep", untouched.path, "--until", "25:00"])
        XCTAssertTrue(wrongTime.errors.contains("不是时刻：请写成 24 小时制的“10:30”"), wrongTime.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: untouched.path), "nothing made before the options were checked")
    }
}
