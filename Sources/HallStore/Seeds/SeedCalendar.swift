import Foundation
import HallDomain

/// `seeds/calendar/` as written by people: one `YYYY.toml` per year whose State Council
/// holiday notice is out, and `hours.toml` with the station's working hours. Checked and
/// turned into a `WorkingCalendar`; nothing is returned unless every file holds.
///
/// The time zone is not repeated here: it is the hall's (`hall.toml`'s `time_zone`).
public enum SeedCalendar {
    private struct YearFile: Decodable {
        var festivals: [FestivalEntry]
    }

    private struct FestivalEntry: Decodable {
        var name: String
        var holidays: [String]
        var make_up_workdays: [String]?
    }

    private struct HoursFile: Decodable {
        var working_hours: [Period]
    }

    private struct Period: Decodable {
        var start: String
        var end: String
    }

    /// Reads `calendar/` inside the seeds folder `folder`.
    public static func load(folder: URL, timeZone: TimeZone) throws(SeedError) -> WorkingCalendar {
        let calendarFolder = folder.appendingPathComponent("calendar", isDirectory: true)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: calendarFolder.path).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw SeedError(file: "calendar/", problem: "找不到工作日历目录 \(calendarFolder.path)（应有 hours.toml 和每年一个 2026.toml 这样的文件）")
        }
        guard names.contains("hours.toml") else {
            throw SeedError(file: "calendar/hours.toml", problem: "文件不存在；工作时间 [[working_hours]] 写在这里")
        }
        let hours = try loadHours(calendarFolder.appendingPathComponent("hours.toml"))
        var years: Set<Int> = []
        var festivals: [Festival] = []
        for name in names where name != "hours.toml" {
            guard name.hasSuffix(".toml"), let year = Int(name.dropLast(5)), name.count == 9, (1900...2999).contains(year) else {
                throw SeedError(file: "calendar/\(name)", problem: "文件名应为 年份.toml（如 2026.toml）或 hours.toml，其他文件不要放在 calendar/ 里")
            }
            festivals += try loadYear(calendarFolder.appendingPathComponent(name), year: year)
            years.insert(year)
        }
        return WorkingCalendar(timeZone: timeZone, workingHours: hours, loadedYears: years, festivals: festivals)
    }

    private static func loadHours(_ url: URL) throws(SeedError) -> [WorkingPeriod] {
        let file = try decode(HoursFile.self, url)
        let name = "calendar/" + url.lastPathComponent
        guard !file.working_hours.isEmpty else {
            throw SeedError(file: name, problem: "至少要有一段工作时间 [[working_hours]]")
        }
        var periods: [WorkingPeriod] = []
        for (index, period) in file.working_hours.enumerated() {
            guard let start = ClockTime(period.start), let end = ClockTime(period.end), start < end else {
                throw SeedError(file: name, problem: "第 \(index + 1) 段工作时间 working_hours 应写成 start = \"08:30\", end = \"12:00\"，且开始早于结束")
            }
            if let previous = periods.last, start < previous.end {
                throw SeedError(file: name, problem: "第 \(index + 1) 段工作时间 working_hours 与前一段重叠或顺序颠倒")
            }
            periods.append(WorkingPeriod(start: start, end: end))
        }
        return periods
    }

    private static func loadYear(_ url: URL, year: Int) throws(SeedError) -> [Festival] {
        let file = try decode(YearFile.self, url)
        let name = "calendar/" + url.lastPathComponent
        var seen: [CalendarDay: String] = [:]
        var festivals: [Festival] = []
        for entry in file.festivals {
            let festival = entry.name.trimmingCharacters(in: .whitespaces)
            guard !festival.isEmpty else { throw SeedError(file: name, problem: "节日名称 name 不能为空") }
            func days(_ texts: [String], field: String, what: String) throws(SeedError) -> [CalendarDay] {
                var result: [CalendarDay] = []
                for text in texts {
                    guard let day = CalendarDay(text) else {
                        throw SeedError(file: name, problem: "「\(festival)」的 \(field) 里「\(text)」不是 yyyy-MM-dd 格式的日期")
                    }
                    guard day.year == year else {
                        throw SeedError(file: name, problem: "「\(festival)」的\(what) \(text) 不在 \(year) 年内；它应写进 \(day.year).toml")
                    }
                    if let other = seen[day] {
                        throw SeedError(file: name, problem: "\(text) 同时写成了\(other)和「\(festival)」的\(what)，一天只能写一次")
                    }
                    seen[day] = "「\(festival)」的\(what)"
                    result.append(day)
                }
                return result
            }
            let holidays = try days(entry.holidays, field: "holidays", what: "放假日")
            let makeUp = try days(entry.make_up_workdays ?? [], field: "make_up_workdays", what: "调休上班日")
            if let weekday = makeUp.first(where: { !$0.isWeekend }) {
                throw SeedError(file: name, problem: "「\(festival)」的调休上班日 \(weekday) 是\(weekday.chineseWeekday)，不是周末；周一至周五本来就上班，调休上班日只会是周六或周日")
            }
            festivals.append(Festival(name: festival, holidays: holidays, makeUpWorkdays: makeUp))
        }
        return festivals
    }

    /// `SeedTOML.decode`, with the file named as `calendar/…` like every other message here.
    private static func decode<T: Decodable>(_ type: T.Type, _ url: URL) throws(SeedError) -> T {
        do {
            return try SeedTOML.decode(type, from: url)
        } catch {
            throw SeedError(file: "calendar/" + error.file, problem: error.problem)
        }
    }
}
