import Foundation
import HallDomain
import HallSession
import HallStore

/// The time a command acts at: the machine's clock, or in a practice folder `HALLDESK_NOW`
/// (「2026-11-03 09:15」, the hall's local time) when a script replays a day — the month
/// generator and the demo use it to lay down a realistic month in minutes. The events
/// record that time; the rules still refuse a business day behind the log's, so a script
/// cannot rewrite the past. A live hall refuses the variable (`PracticeVariable`).
/// A console opened with it starts at that time and runs on from it (`offset`).
enum ScriptClock {
    static let variable = "HALLDESK_NOW"

    static func now(in zone: TimeZone, folder: DataFolder) throws -> Date {
        guard let text = try PracticeVariable.value(variable, in: folder) else { return Date() }
        guard let local = LocalTime(text: text) else {
            throw fail("环境变量 \(variable)=\(ArgumentQuote.short(text)) 不是时间：请写成“2026-11-03 09:15”（营业厅当地时间），或不设它以用本机时钟。")
        }
        try InputYears.check(local.day.year, in: "环境变量 \(variable)=\(text)")
        return local.instant(in: zone)
    }

    /// How far a console's clock runs from the machine's: with `HALLDESK_NOW` set, the
    /// console opens at that hall time and ticks on from it, so a test can move the clock
    /// between steps and the consoles it opens act (and fall due) as at that time; else 0.
    static func offset(in zone: TimeZone, folder: DataFolder) throws -> TimeInterval {
        guard try PracticeVariable.value(variable, in: folder) != nil else { return 0 }
        return try now(in: zone, folder: folder).timeIntervalSinceNow
    }
}
