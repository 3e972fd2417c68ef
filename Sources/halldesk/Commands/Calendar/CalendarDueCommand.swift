import ArgumentParser
import Foundation
import HallDomain
import HallSession

struct CalendarDueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "某时刻收到的事项，按工作日、工作小时或自然分钟计的期限何时到期，并逐步说明。",
        discussion: """
        N 个工作日：收到时刻若在工作日的工作时间内，到期为其后第 N 个工作日的同一时刻；\
        否则从下一段工作时间开始时起算（午休收到从 14:00 起算，下班后或节假日收到从下一个工作日 08:30 起算，\
        起算的那天不算第 1 天）。工作日按国务院节假日安排：放假日不上班，调休上班的周末上班。\
        工作小时只计工作日工作时间内的时间；自然分钟昼夜、节假日照计。时间都是营业厅时区的当地时间。\
        期限跨入没有载入节假日安排的年份时，该年按只有周末休息推算，并发出警告。
        """
    )

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("收到的时间（当地时间），如 \"2026-09-30 16:00\"。缺省为现在。", valueName: "YYYY-MM-DD HH:MM"))
    var from: String?

    @Option(name: .customLong("working-days"), help: ArgumentHelp("期限为 N 个工作日。", valueName: "N"))
    var workingDays: Int?

    @Option(name: .customLong("working-hours"), help: ArgumentHelp("期限为 H 个工作小时（可有小数，如 1.5）。", valueName: "H"))
    var workingHours: Double?

    @Option(help: ArgumentHelp("期限为 M 分钟自然时间（如抢修到达现场）。", valueName: "M"))
    var minutes: Int?

    @Flag(help: "以 JSON 输出。")
    var json = false

    func validate() throws {
        let given = [workingDays != nil, workingHours != nil, minutes != nil].filter { $0 }.count
        guard given == 1 else {
            throw ValidationError("--working-days、--working-hours、--minutes 三者必须且只能给一个。")
        }
        if let workingDays, workingDays < 1 { throw ValidationError("--working-days 应为正整数。") }
        if let workingHours, !(workingHours > 0 && workingHours.isFinite) { throw ValidationError("--working-hours 应大于 0。") }
        if let minutes, minutes < 1 { throw ValidationError("--minutes 应为正整数。") }
        if let from {
            guard let local = LocalTime(text: from) else {
                throw ValidationError("--from 应写成 \"2026-09-30 16:00\" 这样的当地日期和时间。")
            }
            guard InputYears.accepted.contains(local.day.year) else {
                throw ValidationError("--from 的年份 \(local.day.year) 超出可接受的范围（\(InputYears.accepted.lowerBound)–\(InputYears.accepted.upperBound) 年），请核对日期。")
            }
        }
    }

    private var clock: DeadlineClock {
        if let workingDays { return .workingDays(workingDays) }
        if let workingHours { return .workingHours(workingHours) }
        return .realTime(minutes: minutes ?? 0)
    }

    private var clockText: String {
        switch clock {
        case .workingDays(let count): return "\(count) 个工作日"
        case .workingHours(let hours): return (hours == hours.rounded() ? String(Int(hours)) : String(hours)) + " 个工作小时"
        case .realTime(let minutes): return "\(minutes) 分钟（自然时间）"
        }
    }

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let calendar = try files.workingCalendar()
        let zone = calendar.timeZone
        let received = from.flatMap { LocalTime(text: $0) }.map { $0.instant(in: zone) } ?? Date()
        let due = calendar.due(from: received, clock: clock)
        if let warning = due.assumptionWarning { warn("警告：" + warning) }
        if json {
            print(JSONLine.encode(DueJSON(
                from: LocalTimeArgument.iso8601(received, in: zone), due: LocalTimeArgument.iso8601(due.instant, in: zone),
                timeZone: zone.identifier, clock: clockJSON, assumedYears: due.assumedYears, steps: due.steps,
                explanation: due.explanation
            )))
            return
        }
        let dueDay = LocalTime(due.instant, in: zone).day
        print("到期：\(LocalTimeArgument.format(due.instant, in: zone)) \(dueDay.chineseWeekday)（\(zone.identifier)）"
              + (due.isAssumed ? "  ※推定，\(due.assumedYears.map(String.init).joined(separator: "、")) 年日历未载入" : ""))
        print("期限：\(clockText)，自 \(LocalTimeArgument.format(received, in: zone)) 起")
        print("说明：\(due.steps.first ?? "")")
        for step in due.steps.dropFirst() { print("  → \(step)") }
    }

    private var clockJSON: ClockJSON {
        switch clock {
        case .workingDays(let count): return ClockJSON(kind: "workingDays", amount: Double(count))
        case .workingHours(let hours): return ClockJSON(kind: "workingHours", amount: hours)
        case .realTime(let minutes): return ClockJSON(kind: "realTimeMinutes", amount: Double(minutes))
        }
    }

    private struct DueJSON: Encodable {
        var from: String
        var due: String
        var timeZone: String
        var clock: ClockJSON
        var assumedYears: [Int]
        var steps: [String]
        var explanation: String
    }

    private struct ClockJSON: Encodable {
        var kind: String
        var amount: Double
    }
}
