import Foundation
import HallDomain

/// The time a scripting command acts at: now, or `HALLDESK_NOW` (「2026-11-03 09:15」, the
/// hall's local time) when a script replays a day — the month generator and the demo use
/// it to lay down a realistic month in minutes. The events record that time; the rules
/// still refuse a business day behind the log's, so a script cannot rewrite the past.
enum ScriptClock {
    static let variable = "HALLDESK_NOW"

    static func now(in zone: TimeZone) throws -> Date {
        guard let text = ProcessInfo.processInfo.environment[variable], !text.isEmpty else { return Date() }
        guard let local = LocalTimeArgument.parse(text) else {
            throw fail("环境变量 \(variable)=\(text) 不是时间：请写成“2026-11-03 09:15”（营业厅当地时间），或不设它以用本机时钟。")
        }
        return local.instant(in: zone)
    }
}
