import Foundation
import HallDomain
import HallStore
import XCTest

/// The shipped calendar loads as the notice has it, and a calendar folder with a mistake
/// in it is refused with a message that names the file and what is wrong.
final class SeedCalendarTests: XCTestCase {
    private let shanghai = TimeZone(identifier: "Asia/Shanghai")!
    private let hours = "[[working_hours]]\nstart = \"08:30\"\nend = \"12:00\"\n[[working_hours]]\nstart = \"14:00\"\nend = \"17:30\"\n"

    /// A seeds folder whose `calendar/` holds exactly `files`.
    private func seeds(_ files: [String: String]) throws -> URL {
        let folder = try makeTemporaryFolder(self)
        let calendar = folder.appendingPathComponent("calendar")
        try FileManager.default.createDirectory(at: calendar, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: calendar.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    private func assertRefused(_ files: [String: String], _ message: String, line: UInt = #line) throws {
        let folder = try seeds(files)
        XCTAssertThrowsError(try SeedCalendar.load(folder: folder, timeZone: shanghai), line: line) { error in
            XCTAssertEqual("\(error)", message, line: line)
        }
    }

    private func year(_ festival: String, holidays: [String], makeUp: [String] = []) -> String {
        let quoted = { (days: [String]) in days.map { "\"\($0)\"" }.joined(separator: ", ") }
        return "[[festivals]]\nname = \"\(festival)\"\nholidays = [\(quoted(holidays))]\nmake_up_workdays = [\(quoted(makeUp))]\n"
    }

    func testTheShippedCalendarLoads() throws {
        let calendar = try SeedCalendar.load(folder: Checkout.seeds, timeZone: shanghai)
        XCTAssertEqual(calendar.loadedYears, [2026])
        XCTAssertEqual(calendar.festivals.map(\.name), ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"])
        XCTAssertEqual(calendar.festivals.map(\.holidays.count), [3, 9, 3, 5, 3, 3, 7])
        XCTAssertEqual(calendar.festivals.flatMap(\.makeUpWorkdays).map(\.description),
                       ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"])
        XCTAssertEqual(calendar.workingHours.map { "\($0.start)–\($0.end)" }, ["08:30–12:00", "14:00–17:30"])
        let year = (CalendarDay("2026-01-01")!.dayNumber...CalendarDay("2026-12-31")!.dayNumber).map(CalendarDay.init(dayNumber:))
        XCTAssertEqual(year.filter(calendar.isWorkingDay).count, 248)
    }

    func testADayBothOffAndWorkedIsRefused() throws {
        try assertRefused(["hours.toml": hours, "2026.toml": year("国庆节", holidays: ["2026-10-03"], makeUp: ["2026-10-03"])],
                          "配置文件 calendar/2026.toml 有误：2026-10-03 同时写成了「国庆节」的放假日和「国庆节」的调休上班日，一天只能写一次。请改正该文件后重试。")
    }

    func testAMakeUpDayOnAWeekdayIsRefused() throws {
        try assertRefused(["hours.toml": hours, "2026.toml": year("国庆节", holidays: ["2026-10-01"], makeUp: ["2026-10-09"])],
                          "配置文件 calendar/2026.toml 有误：「国庆节」的调休上班日 2026-10-09 是周五，不是周末；周一至周五本来就上班，调休上班日只会是周六或周日。请改正该文件后重试。")
    }

    func testAHolidayInAnotherYearIsRefused() throws {
        try assertRefused(["hours.toml": hours, "2026.toml": year("元旦", holidays: ["2027-01-01"])],
                          "配置文件 calendar/2026.toml 有误：「元旦」的放假日 2027-01-01 不在 2026 年内；它应写进 2027.toml。请改正该文件后重试。")
    }

    func testABadDateIsRefused() throws {
        try assertRefused(["hours.toml": hours, "2026.toml": year("春节", holidays: ["2026-02-30"])],
                          "配置文件 calendar/2026.toml 有误：「春节」的 holidays 里「2026-02-30」不是 yyyy-MM-dd 格式的日期。请改正该文件后重试。")
    }

    func testBadHoursAreRefused() throws {
        try assertRefused(["hours.toml": "[[working_hours]]\nstart = \"14:00\"\nend = \"12:00\"\n"],
                          "配置文件 calendar/hours.toml 有误：第 1 段工作时间 working_hours 应写成 start = \"08:30\", end = \"12:00\"，且开始早于结束。请改正该文件后重试。")
        try assertRefused(["hours.toml": hours + "[[working_hours]]\nstart = \"17:00\"\nend = \"18:00\"\n"],
                          "配置文件 calendar/hours.toml 有误：第 3 段工作时间 working_hours 与前一段重叠或顺序颠倒。请改正该文件后重试。")
        try assertRefused(["hours.toml": "working_hours = []\n"],
                          "配置文件 calendar/hours.toml 有误：至少要有一段工作时间 [[working_hours]]。请改正该文件后重试。")
    }

    func testMissingHoursAStrayFileAndAMissingFieldAreRefused() throws {
        try assertRefused(["2026.toml": year("元旦", holidays: ["2026-01-01"])],
                          "配置文件 calendar/hours.toml 有误：文件不存在；工作时间 [[working_hours]] 写在这里。请改正该文件后重试。")
        try assertRefused(["hours.toml": hours, "holidays.toml": ""],
                          "配置文件 calendar/holidays.toml 有误：文件名应为 年份.toml（如 2026.toml）或 hours.toml，其他文件不要放在 calendar/ 里。请改正该文件后重试。")
        try assertRefused(["hours.toml": hours, "2026.toml": "[[festivals]]\nname = \"元旦\"\n"],
                          "配置文件 calendar/2026.toml 有误：缺少字段 festivals.[0].holidays。请改正该文件后重试。")
    }
}
