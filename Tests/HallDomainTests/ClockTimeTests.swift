import XCTest
@testable import HallDomain

final class ClockTimeTests: XCTestCase {
    func testParsesWhatStaffWrite() {
        XCTAssertEqual(ClockTime("08:30")?.minutesAfterMidnight, 510)
        XCTAssertEqual(ClockTime("24:00")?.minutesAfterMidnight, 1440)
        XCTAssertEqual(ClockTime("17:05")?.description, "17:05")
    }

    func testRefusesWhatIsNotATimeOfDay() {
        for text in ["8:30", "08:3", "25:00", "24:01", "12:60", "aa:bb", "", "08-30", "08:30:00"] {
            XCTAssertNil(ClockTime(text), text)
        }
    }

    func testRosterFindsByLoginAndID() {
        let roster = Roster(members: [StaffMember(id: "G01", name: "何敏仪", roles: [.guide], department: nil, login: "heminyi")])
        XCTAssertEqual(roster.member(login: "heminyi")?.id, "G01")
        XCTAssertEqual(roster.member(id: "G01")?.name, "何敏仪")
        XCTAssertNil(roster.member(login: "nobody"))
    }
}
