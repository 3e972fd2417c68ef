import Foundation
import XCTest

/// The bureau's commands on a hall whose log is a file: one hall, no database to look
/// across, so each says so in Chinese and where to run it instead, writing nothing.
final class BureauCommandTests: XCTestCase {
    func testAFileLogHasNoOtherHallsToCompare() throws {
        let hall = try PracticeHall(for: self)
        for arguments in [["report", "month", "2026-11", "--all-halls"], ["bureau", "status"], ["bureau", "orders", "--hall", "大良"]] {
            let run = try hall.run(arguments, staff: nil, at: "2026-11-23 10:00")
            XCTAssertEqual(run.status, 1, arguments.joined(separator: " "))
            XCTAssertTrue(run.errors.contains("只用于日志在 PostgreSQL 数据库里的数据目录（有 store.toml）"), run.errors)
            XCTAssertTrue(run.errors.contains("只有一个营业厅"), run.errors)
        }
    }
}
