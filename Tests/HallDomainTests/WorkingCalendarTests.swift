import Foundation
import HallDomain
import XCTest

/// Deadlines on China's 2026 calendar as a coordinator meets them: the National Day
/// break, make-up Saturdays, a request on New Year's Eve that runs into an unannounced
/// year, the lunch break, a night-time fault. The calendar here is typed in from the
/// State Council notice of 2025-11-04 independently of `seeds/calendar/2026.toml`.
final class WorkingCalendarTests: XCTestCase {
    private let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    private func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

    private func days(_ first: String, _ last: String) -> [CalendarDay] {
        Array((day(first).dayNumber...day(last).dayNumber).map(CalendarDay.init(dayNumber:)))
    }

    private lazy var calendar = WorkingCalendar(
        timeZone: shanghai,
        workingHours: [WorkingPeriod(start: ClockTime(hour: 8, minute: 30), end: ClockTime(hour: 12, minute: 0)),
                       WorkingPeriod(start: ClockTime(hour: 14, minute: 0), end: ClockTime(hour: 17, minute: 30))],
        loadedYears: [2026],
        festivals: [
            Festival(name: "元旦", holidays: days("2026-01-01", "2026-01-03"), makeUpWorkdays: [day("2026-01-04")]),
            Festival(name: "春节", holidays: days("2026-02-15", "2026-02-23"), makeUpWorkdays: [day("2026-02-14"), day("2026-02-28")]),
            Festival(name: "清明节", holidays: days("2026-04-04", "2026-04-06"), makeUpWorkdays: []),
            Festival(name: "劳动节", holidays: days("2026-05-01", "2026-05-05"), makeUpWorkdays: [day("2026-05-09")]),
            Festival(name: "端午节", holidays: days("2026-06-19", "2026-06-21"), makeUpWorkdays: []),
            Festival(name: "中秋节", holidays: days("2026-09-25", "2026-09-27"), makeUpWorkdays: []),
            Festival(name: "国庆节", holidays: days("2026-10-01", "2026-10-07"), makeUpWorkdays: [day("2026-09-20"), day("2026-10-10")]),
        ]
    )

    /// A Shanghai wall-clock reading, built without the calendar under test.
    private func at(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = shanghai
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }

    func testReceivedTheDayBeforeNationalDayIsDueTheFirstDayBack() {
        let due = calendar.due(from: at("2026-09-30 16:00"), clock: .workingDays(1))
        XCTAssertEqual(due.instant, at("2026-10-08 16:00"))
        XCTAssertEqual(due.explanation, "9月30日 周三 16:00 收到 → 10月1日–10月7日 国庆节放假 → 10月8日 周四 上班 → 10月8日 16:00 到期")
        XCTAssertFalse(due.isAssumed)
    }

    func testTheMakeUpSaturdayAfterNationalDayCounts() {
        let due = calendar.due(from: at("2026-10-09 16:00"), clock: .workingDays(1))
        XCTAssertEqual(due.instant, at("2026-10-10 16:00"))
        XCTAssertEqual(due.steps, ["10月9日 周五 16:00 收到", "10月10日 周六 调休上班（国庆节）", "10月10日 16:00 到期"])
    }

    func testFiveWorkingDaysAcrossTheSpringFestival() {
        // Fri 02-13 → Sat 02-14 (make-up) is day 1; 02-15…02-23 off; 02-24…02-27 days 2–5.
        let due = calendar.due(from: at("2026-02-13 10:00"), clock: .workingDays(5))
        XCTAssertEqual(due.instant, at("2026-02-27 10:00"))
        XCTAssertEqual(due.steps[1], "2月14日 周六 调休上班（春节，第 1 个工作日）")
        XCTAssertEqual(due.steps[2], "2月15日–2月23日 春节放假")
    }

    /// One working day from the afternoon before each break of 2026, and from the
    /// afternoon before each make-up day.
    func testOneWorkingDayAroundEveryHolidayOf2026() {
        let cases: [(received: String, due: String)] = [
            ("2026-01-01 10:00", "2026-01-05 08:30"),  // 元旦 morning: counts from Sunday 01-04 (worked)
            ("2026-02-13 16:00", "2026-02-14 16:00"),  // 春节: Saturday 02-14 is worked
            ("2026-02-14 16:00", "2026-02-24 16:00"),  // 春节: 02-15…02-23 off
            ("2026-02-27 16:00", "2026-02-28 16:00"),  // 春节: Saturday 02-28 is worked
            ("2026-04-03 16:00", "2026-04-07 16:00"),  // 清明节 04-04…04-06
            ("2026-04-30 16:00", "2026-05-06 16:00"),  // 劳动节 05-01…05-05
            ("2026-05-08 16:00", "2026-05-09 16:00"),  // 劳动节: Saturday 05-09 is worked
            ("2026-06-18 16:00", "2026-06-22 16:00"),  // 端午节 06-19…06-21
            ("2026-09-18 16:00", "2026-09-20 16:00"),  // 国庆节: Sunday 09-20 is worked, Saturday is not
            ("2026-09-24 16:00", "2026-09-28 16:00"),  // 中秋节 09-25…09-27
            ("2026-09-30 16:00", "2026-10-08 16:00"),  // 国庆节 10-01…10-07
            ("2026-10-09 16:00", "2026-10-10 16:00"),  // 国庆节: Saturday 10-10 is worked
        ]
        for (received, due) in cases {
            XCTAssertEqual(calendar.due(from: at(received), clock: .workingDays(1)).instant, at(due), "received \(received)")
        }
    }

    func testMakeUpDaysWorkAndHolidaysRest() {
        XCTAssertTrue(calendar.isWorkingDay(day("2026-02-14")), "Saturday before the Spring Festival is worked")
        XCTAssertFalse(calendar.isWorkingDay(day("2026-02-15")))
        XCTAssertTrue(calendar.isWorkingDay(day("2026-01-04")), "Sunday after New Year is worked")
        XCTAssertEqual(calendar.status(of: day("2026-01-04")), .makeUpWorkday(festival: "元旦"))
        XCTAssertEqual(calendar.status(of: day("2026-10-03")), .holiday(festival: "国庆节"))
        XCTAssertEqual(calendar.status(of: day("2026-03-07")), .weekend)
        XCTAssertEqual(calendar.status(of: day("2026-03-09")), .weekday)
    }

    func testNewYearsEveRunsIntoAnUnannouncedYearAndSaysSo() {
        // 2026-12-31 is a Thursday; 2027-01-01 is a Friday, and without the 2027 notice
        // it can only be assumed to be a working day.
        XCTAssertEqual(day("2026-12-31").chineseWeekday, "周四")
        let due = calendar.due(from: at("2026-12-31 16:00"), clock: .workingDays(1))
        XCTAssertEqual(due.instant, at("2027-01-01 16:00"))
        XCTAssertEqual(due.assumedYears, [2027])
        XCTAssertEqual(due.steps[1], "2027年1月1日 周五 上班（2027年日历未载入，按周末推定）")
        XCTAssertTrue(due.assumptionWarning?.contains("2027 年") == true)
        let later = calendar.due(from: at("2026-12-31 16:00"), clock: .workingDays(2))
        XCTAssertEqual(later.instant, at("2027-01-04 16:00"))
        XCTAssertTrue(later.steps.contains("2027年1月2日–2027年1月3日 周末休息（2027年日历未载入，按周末推定）"), "\(later.steps)")
    }

    func testAWholly2026CountIsNotFlagged() {
        XCTAssertNil(calendar.due(from: at("2026-12-30 16:00"), clock: .workingDays(1)).assumptionWarning)
    }

    func testReceivedOnAHolidayMorningCountsFromTheFirstWorkingMorning() {
        let due = calendar.due(from: at("2026-10-03 10:00"), clock: .workingDays(1))
        XCTAssertEqual(due.instant, at("2026-10-09 08:30"))
        XCTAssertEqual(due.steps, ["10月3日 周六 10:00 收到", "10月3日–10月7日 国庆节放假", "10月8日 周四 08:30 起算",
                                   "10月9日 周五 上班", "10月9日 08:30 到期"])
    }

    func testReceivedOutsideWorkingHoursCountsFromTheNextPeriod() {
        XCTAssertEqual(calendar.due(from: at("2026-03-10 12:30"), clock: .workingDays(1)).instant, at("2026-03-11 14:00"), "lunch: from 14:00")
        XCTAssertEqual(calendar.due(from: at("2026-03-10 07:00"), clock: .workingDays(1)).instant, at("2026-03-11 08:30"), "early: from 08:30")
        XCTAssertEqual(calendar.due(from: at("2026-03-13 17:30"), clock: .workingDays(1)).instant, at("2026-03-17 08:30"),
                       "Friday at closing time: from Monday 08:30, due Tuesday")
        XCTAssertEqual(calendar.due(from: at("2026-03-10 08:30"), clock: .workingDays(1)).instant, at("2026-03-11 08:30"), "08:30 is inside")
    }

    func testWorkingHoursSkipTheLunchBreak() {
        let due = calendar.due(from: at("2026-03-10 11:00"), clock: .workingHours(2))
        XCTAssertEqual(due.instant, at("2026-03-10 15:00"))
        XCTAssertEqual(due.steps[1], "3月10日 周二 上班 11:00–12:00、14:00–15:00 计 2小时（累计 2小时）")
        XCTAssertEqual(calendar.due(from: at("2026-03-10 10:00"), clock: .workingHours(2)).instant, at("2026-03-10 12:00"),
                       "hours used up exactly at the end of the morning fall due then, not at 14:00")
    }

    func testWorkingHoursAcrossNationalDay() {
        // 09-30: 16:00–17:30 is 1½ h; 10-08: 08:30–12:00 is 3½ h (5 h), 14:00–17:00 the last 3 h.
        let due = calendar.due(from: at("2026-09-30 16:00"), clock: .workingHours(8))
        XCTAssertEqual(due.instant, at("2026-10-08 17:00"))
        XCTAssertEqual(due.explanation, "9月30日 周三 16:00 收到 → 9月30日 周三 上班 16:00–17:30 计 1小时30分（累计 1小时30分） → "
                       + "10月1日–10月7日 国庆节放假 → 10月8日 周四 上班 08:30–12:00、14:00–17:00 计 6小时30分（累计 8小时） → 10月8日 17:00 到期")
    }

    func testRealTimeRunsThroughMidnightAndHolidays() {
        let due = calendar.due(from: at("2026-09-30 23:30"), clock: .realTime(minutes: 45))
        XCTAssertEqual(due.instant, at("2026-10-01 00:15"))
        XCTAssertEqual(due.steps.last, "10月1日 00:15 到期")
        XCTAssertFalse(due.isAssumed)
    }

    func testTheMachinesZoneDoesNotMatter() {
        // The instant 2026-09-30 08:00 UTC is 16:00 in Shanghai, whatever TZ the test runs under.
        let instant = Date(timeIntervalSince1970: 1_790_755_200)
        XCTAssertEqual(instant, at("2026-09-30 16:00"))
        XCTAssertEqual(calendar.due(from: instant, clock: .workingDays(1)).instant.timeIntervalSince1970, 1_790_755_200 + 8 * 86_400)
    }

    /// Every day of 2026 against a table made from the notice by hand: 365 days, of them
    /// 104 Saturdays and Sundays (the year starts and ends on a Thursday); 19 holidays fall
    /// on weekdays (元旦 2, 春节 6, 清明 1, 劳动节 3, 端午 1, 中秋 1, 国庆 5); 6 weekend
    /// days are worked (01-04, 02-14, 02-28, 05-09, 09-20, 10-10). 261 − 19 + 6 = 248.
    func testEveryDayOf2026() {
        let weekdayHolidays: Set<String> = [
            "2026-01-01", "2026-01-02",
            "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-23",
            "2026-04-06",
            "2026-05-01", "2026-05-04", "2026-05-05",
            "2026-06-19",
            "2026-09-25",
            "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07",
        ]
        let workedWeekends: Set<String> = ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]
        var working = 0
        for date in days("2026-01-01", "2026-12-31") {
            let expected = workedWeekends.contains(date.description) || (!date.isWeekend && !weekdayHolidays.contains(date.description))
            XCTAssertEqual(calendar.isWorkingDay(date), expected, date.description)
            if expected { working += 1 }
        }
        XCTAssertEqual(days("2026-01-01", "2026-12-31").count, 365)
        XCTAssertEqual(days("2026-01-01", "2026-12-31").filter(\.isWeekend).count, 104)
        XCTAssertEqual(working, 248)
    }
}
