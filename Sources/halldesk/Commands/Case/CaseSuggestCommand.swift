import ArgumentParser
import Foundation
import HallDomain

struct CaseSuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "改进建议：近期可能出于同一原因、尚未立案的工单组，及立案或驳回的命令。",
        discussion: """
        三种来源：同一分类、同一片区在期间内达 \(CaseSuggestion.sameMatterCount) 张（同类同片区）；同一客户就同一事项\
        再次来诉（重复诉求）；批量预警（order warnings）。已列入改进案例的工单不再建议；驳回过的建议\
        在没有新工单加入前不再出现。有没有建议，退出码都是 0。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    /// Accepted so a script can pass `--staff` to every `case` sub-command alike.
    @OptionGroup var staffOptions: StaffOptions

    @Option(help: ArgumentHelp("看最近多少天受理的工单（缺省 30）。", valueName: "DAYS"))
    var days = 30

    @Flag(help: "以 JSON 输出，每条建议一行。")
    var json = false

    func validate() throws {
        guard days > 0 else { throw ValidationError("--days 须为正整数，如 30。") }
    }

    func run() throws {
        let reading = try OrderReading(dataOptions)
        let since = reading.now.addingTimeInterval(-Double(days) * 86_400)
        let suggestions = CaseSuggestion.find(book: reading.book, rule: reading.settings.batchRule, since: since, now: reading.now)
        if suggestions.isEmpty, !json { print("最近 \(days) 天没有改进建议。") }
        for suggestion in suggestions {
            let row = CaseSuggestionRow(suggestion, settings: reading.settings)
            if json {
                print(JSONLine.encode(row))
            } else {
                row.lines.forEach { print($0) }
            }
        }
    }
}
