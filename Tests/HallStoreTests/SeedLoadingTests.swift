import XCTest
import HallDomain
@testable import HallStore

/// The seeds a new hall starts from load, and a broken seed file is refused with a message
/// that names the file and the field.
final class SeedLoadingTests: XCTestCase {
    private func temporaryFile(_ name: String, _ text: String) throws -> URL {
        let folder = try makeTemporaryFolder(self)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func testTheShippedHallLoads() throws {
        let hall = try SeedHall.load(Checkout.seeds.appendingPathComponent("hall.toml"))
        XCTAssertEqual(hall.name, "顺德供电局乐从营业厅")
        XCTAssertEqual(hall.timeZone, "Asia/Shanghai")
        XCTAssertEqual(hall.waitTargetMinutes, 15)
        XCTAssertEqual(hall.openingHours.map(\.start.description), ["08:30", "14:00"])
        let openMinutes = hall.openingHours.reduce(0) { $0 + $1.end.minutesAfterMidnight - $1.start.minutesAfterMidnight }
        XCTAssertEqual(openMinutes, 7 * 60, "the source's halls open 7 hours a day")
    }

    func testTheShippedRosterLoads() throws {
        let roster = try SeedStaff.load(Checkout.seeds.appendingPathComponent("staff.toml"))
        XCTAssertEqual(roster.member(login: "root")?.roles, [.admin, .manager])
        for role in Role.allCases {
            XCTAssertTrue(roster.members.contains { $0.roles.contains(role) }, "nobody has role \(role)")
        }
    }

    func testAMissingFieldIsNamed() throws {
        let url = try temporaryFile("hall.toml", "name = \"乐从\"\nstation = \"乐从供电所\"\ntime_zone = \"Asia/Shanghai\"\n")
        XCTAssertThrowsError(try SeedHall.load(url)) { error in
            XCTAssertEqual("\(error)", "配置文件 hall.toml 有误：缺少字段 wait_target_minutes。请改正该文件后重试。")
        }
    }

    func testABadTimeZoneAndOverlappingHoursAreRefused() throws {
        let base = "name = \"乐从\"\nstation = \"s\"\nwait_target_minutes = 15\n"
        let zone = try temporaryFile("hall.toml", base + "time_zone = \"Beijing\"\n[[opening_hours]]\nstart = \"08:30\"\nend = \"12:00\"\n")
        XCTAssertThrowsError(try SeedHall.load(zone)) { XCTAssertTrue("\($0)".contains("时区")) }
        let overlap = try temporaryFile("hall.toml", base + "time_zone = \"Asia/Shanghai\"\n[[opening_hours]]\nstart = \"08:30\"\nend = \"12:00\"\n[[opening_hours]]\nstart = \"11:00\"\nend = \"17:00\"\n")
        XCTAssertThrowsError(try SeedHall.load(overlap)) { XCTAssertTrue("\($0)".contains("第 2 段营业时间")) }
    }

    func testATomlSyntaxErrorNamesTheLine() throws {
        let url = try temporaryFile("staff.toml", "[[staff]]\nid = \"G01\"\nname = 何敏仪\n")
        XCTAssertThrowsError(try SeedStaff.load(url)) { XCTAssertTrue("\($0)".contains("第 3 行"), "\($0)") }
    }

    func testUnknownRoleDuplicateIdAndDepartmentlessHandlerAreRefused() throws {
        let unknownRole = try temporaryFile("staff.toml", "[[staff]]\nid = \"G01\"\nname = \"何\"\nroles = [\"boss\"]\n")
        XCTAssertThrowsError(try SeedStaff.load(unknownRole)) { XCTAssertTrue("\($0)".contains("「boss」不认识")) }
        let duplicate = try temporaryFile("staff.toml", "[[staff]]\nid = \"G01\"\nname = \"何\"\nroles = [\"guide\"]\n[[staff]]\nid = \"G01\"\nname = \"梁\"\nroles = [\"guide\"]\n")
        XCTAssertThrowsError(try SeedStaff.load(duplicate)) { XCTAssertTrue("\($0)".contains("出现了两次")) }
        let handler = try temporaryFile("staff.toml", "[[staff]]\nid = \"D01\"\nname = \"麦\"\nroles = [\"department\"]\n")
        XCTAssertThrowsError(try SeedStaff.load(handler)) { XCTAssertTrue("\($0)".contains("必须写 department")) }
    }
}
