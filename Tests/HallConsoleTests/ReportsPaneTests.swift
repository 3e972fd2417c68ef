import Foundation
import HallConsole
import HallDomain
import TermUI
import XCTest

/// The Reports pane over this month's figures: work orders, then the hall.
final class ReportsPaneTests: XCTestCase {
    private func november() throws -> PeriodReport {
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        var fold = PeriodReportFold(period: try XCTUnwrap(ReportPeriod.month(year: 2026, month: 11, zone: zone)), waitTargetMinutes: 15)
        for recorded in try WorkOrderDesk.monday().records + HallScenario.busyMorning().records { fold.add(recorded) }
        return fold.report()
    }

    private func pane(_ report: PeriodReport?, problem: String? = nil) -> PaneDriver {
        var driver = PaneDriver(ConsoleModel(start: .reports))
        driver.facts.monthReport = report
        driver.facts.monthReportProblem = problem
        return driver
    }

    func testTheWorkOrderHalfShowsTotalsCategoriesAndDepartments() throws {
        let screen = pane(try november())
        let text = screen.lines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("受理 3 张  重大 1"), text)
        XCTAssertTrue(screen.contains("按诉求类别"), text)
        XCTAssertTrue(screen.contains("服务态度"), text)
        XCTAssertTrue(screen.contains("█"), "categories drawn as bars")
        XCTAssertTrue(screen.contains("2026-11-01 至 2026-11-30"), text)
    }

    func testTheHallHalfComparesPeakDaysAndDrawsTheDay() throws {
        var screen = pane(try november())
        screen.press(.right)
        let text = screen.lines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("合计"), text)
        XCTAssertTrue(screen.contains("高峰日"), text)
        XCTAssertTrue(screen.contains("每日取号"), text)
        XCTAssertTrue(screen.contains("各时段取号"), text)
        XCTAssertTrue(screen.contains("09时"), text)
    }

    func testRAsksForAFreshReadAndAFailureIsShown() {
        var screen = pane(nil)
        XCTAssertTrue(screen.contains("正在读取本月的记录"))
        XCTAssertEqual(screen.press(.character("r")), .refreshReport)
        let failed = pane(nil, problem: "日志第 12 行已损坏。报表只统计到此之前的记录；请运行 halldesk log verify。")
        XCTAssertEqual(failed.role(of: "日志第 12 行已损坏"), .error)
    }
}
