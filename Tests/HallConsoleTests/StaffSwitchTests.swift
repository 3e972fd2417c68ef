import HallDomain
import TermUI
import XCTest
@testable import HallConsole

/// F4 换人 on a shared terminal: a dialog for staff id and PIN over any pane, the PIN never
/// on screen, a refusal kept in the dialog with the id, and the dialog gone once it worked.
final class StaffSwitchTests: XCTestCase {
    func testF4AsksForIdAndPinAndNeverShowsThePin() throws {
        var driver = PaneDriver(ConsoleModel(start: .guide), state: try HallScenario.busyMorning().state)
        driver.press(.function(4))
        XCTAssertTrue(driver.contains("换人"), driver.lines.joined(separator: "\n"))
        driver.type("G02")
        driver.press(.tab)
        driver.type("4821")
        XCTAssertTrue(driver.contains("****"), driver.lines.joined(separator: "\n"))
        XCTAssertFalse(driver.lines.contains { $0.contains("4821") }, "the PIN is never drawn")
        XCTAssertEqual(driver.press(.enter), .switchStaff(member: "G02", pin: "4821"))
    }

    func testAWrongPinIsSaidInTheDialogWhichKeepsTheIdAndAsksForThePinAgain() throws {
        var driver = PaneDriver(ConsoleModel(start: .manager), state: try HallScenario.busyMorning().state)
        driver.press(.function(4))
        driver.type("G02")
        driver.press(.tab)
        driver.type("1111")
        _ = driver.press(.enter)
        driver.model.recordStaffSwitch(.refused("PIN 不对，还可再试 2 次。"))
        XCTAssertTrue(driver.contains("PIN 不对，还可再试 2 次。"), driver.lines.joined(separator: "\n"))
        XCTAssertEqual(driver.model.staffSwitch?.values, ["G02", ""], "the id stays, the PIN is asked again")
        XCTAssertEqual(driver.press(.character("q")), .keepGoing, "q is text in the dialog, not quit")
        driver.model.recordStaffSwitch(.done([]))
        XCTAssertNil(driver.model.staffSwitch)
        XCTAssertFalse(driver.contains("共用终端换人"))
    }

    func testEscapeCancelsWithoutSwitching() throws {
        var driver = PaneDriver(ConsoleModel(start: .home), state: .initial)
        driver.press(.function(4))
        XCTAssertEqual(driver.press(.escape), .keepGoing)
        XCTAssertNil(driver.model.staffSwitch)
    }
}
