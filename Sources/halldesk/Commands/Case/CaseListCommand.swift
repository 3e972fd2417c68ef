import ArgumentParser
import HallDomain

struct CaseListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "列出改进案例，每个一行：进行中的在前，逾期的标“逾期”。",
        discussion: "逾期指过了完成期限（本厅当地日期）仍未确认完成。"
    )

    @OptionGroup var dataOptions: DataOptions
    /// Accepted so a script can pass `--staff` to every `case` sub-command alike.
    @OptionGroup var staffOptions: StaffOptions

    @Flag(help: "只列进行中的案例。")
    var open = false

    @Flag(help: "以 JSON 输出，每个案例一行。")
    var json = false

    func run() throws {
        let reading = try OrderReading(dataOptions)
        let today = LocalTime(reading.now, in: reading.files.timeZone).day.description
        let cases = reading.book.cases.filter { !open || $0.status == .open }
            .sorted { ($0.status == .open ? 0 : 1, $0.dueDay, $0.number) < ($1.status == .open ? 0 : 1, $1.dueDay, $1.number) }
        if cases.isEmpty, !json { print(open ? "没有进行中的改进案例。" : "还没有改进案例。") }
        for improvementCase in cases {
            let row = CaseRow(improvementCase, today: today, reading: reading)
            print(json ? JSONLine.encode(row) : row.text)
        }
    }
}
