import Foundation
import HallDomain

/// The working calendar deadlines are counted on. This year's must be there; next year's
/// comes out of the State Council around November–December, and until it is added every
/// deadline that runs into January is counted on weekends alone (make-up workdays wrong).
public enum CalendarCheck {
    public static func run(seeds: URL, today: CalendarDay, timeZone: TimeZone) -> DoctorFinding {
        let folder = seeds.appendingPathComponent("calendar").path
        let calendar: WorkingCalendar
        do {
            calendar = try SeedCalendar.load(folder: seeds, timeZone: timeZone)
        } catch {
            return DoctorFinding(check: "工作日历", key: "calendar", level: .problem, detail: error.description,
                                 fix: "按 seeds/calendar/ 里已有年份文件的格式改正 \(folder)")
        }
        let year = today.year, next = today.year + 1
        guard calendar.loadedYears.contains(year) else {
            return DoctorFinding(check: "工作日历", key: "calendar", level: .problem,
                                 detail: "缺少今年（\(year) 年）的节假日安排：工作日与时限只按周末计算，调休全错",
                                 fix: "按国务院办公厅当年的放假通知建 \(folder)/\(year).toml（格式同已有年份）")
        }
        if calendar.loadedYears.contains(next) {
            return DoctorFinding(check: "工作日历", key: "calendar", level: .ok, detail: "已有 \(year) 年和 \(next) 年的节假日安排")
        }
        let fix = "通知公布后按 \(folder)/\(year).toml 的格式建 \(folder)/\(next).toml"
        if today.month >= 11 {
            return DoctorFinding(check: "工作日历", key: "calendar", level: .warning,
                                 detail: "尚无 \(next) 年的节假日安排：国务院一般在 11–12 月公布；跨入 \(next) 年的时限会算错",
                                 fix: fix)
        }
        return DoctorFinding(check: "工作日历", key: "calendar", level: .ok,
                             detail: "已有 \(year) 年；\(next) 年的安排一般在 11–12 月公布，届时加入", fix: fix)
    }
}
