import ArgumentParser
import Foundation
import HallDomain
import TermUI

/// `halldesk bureau status`: the bureau screen's list of halls, for scripts.
struct BureauStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "各营业厅一行：等候人数、最长等候、未办结工单（逾期/预警/正常）、未确认升级、最后记录时间（停滞者标出）。"
    )

    @OptionGroup var dataOptions: DataOptions

    @Flag(help: "以 JSON 输出（每个营业厅一个对象的数组）。")
    var json = false

    func run() throws {
        let reading = try BureauReading(dataOptions)
        let now = try reading.now()
        let standings = reading.standings(at: now)
        let zone = reading.files.timeZone
        let output: String
        if json {
            output = JSONLine.encode(standings.map { StandingJSON($0, zone: zone) })
        } else {
            let table = ReportTable(
                title: "各营业厅（\(reading.title)，\(LocalTime(now, in: zone).minuteText)）", file: "bureau",
                header: ["营业厅", "等候", "最长等(分)", "逾期", "预警", "正常", "未确认升级", "最后记录"],
                rows: standings.map { standing in
                    [standing.hall, String(standing.waiting), ReportTable.minutes(standing.longestWaitMinutes), String(standing.overdue),
                     String(standing.dueSoon), String(standing.normal), String(standing.unacknowledgedEscalations),
                     standing.problem ?? (standing.lastRecordAt.map { LocalTime($0, in: zone).minuteText } ?? "无记录")
                        + (standing.isStale ? " 停滞" : "")]
                })
            output = ReportTableText.lines(table).joined(separator: "\n")
        }
        FileHandle.standardOutput.write(Data((InertText.lines(output) + "\n").utf8))
    }
}

/// One hall in `bureau status --json`, its time in the hall's zone as ISO 8601.
private struct StandingJSON: Encodable {
    var hall: String
    var waiting: Int
    var longestWaitMinutes: Double?
    var overdue: Int
    var dueSoon: Int
    var normal: Int
    var unacknowledgedEscalations: Int
    var lastSeq: Int
    var lastRecordAt: String?
    var stale: Bool
    var problem: String?

    init(_ standing: HallStanding, zone: TimeZone) {
        hall = standing.hall
        waiting = standing.waiting
        longestWaitMinutes = standing.longestWaitMinutes
        overdue = standing.overdue
        dueSoon = standing.dueSoon
        normal = standing.normal
        unacknowledgedEscalations = standing.unacknowledgedEscalations
        lastSeq = standing.lastSeq
        lastRecordAt = standing.lastRecordAt.map { LocalTimeArgument.iso8601($0, in: zone) }
        stale = standing.isStale
        problem = standing.problem
    }
}
