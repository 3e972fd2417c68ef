import ArgumentParser
import Foundation
import HallConsole
import HallDomain
import TermUI

/// `halldesk bureau orders --hall NAME`: one hall's open orders as the bureau screen lists
/// them on Enter, most urgent first, for scripts.
struct BureauOrdersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders",
        abstract: "一个营业厅的未办结工单，按该厅工单协调的顺序（逾期、预警在前，重大与 VIP 优先）；只读。"
    )

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("营业厅在数据库里的名字（见 halldesk bureau status）。", valueName: "NAME"))
    var hall: String

    @Flag(help: "以 JSON 输出（每张工单一个对象的数组）。")
    var json = false

    func run() throws {
        let reading = try BureauReading(dataOptions)
        let lines = try reading.orders(of: hall, at: try reading.now())
        let output: String
        if json {
            output = JSONLine.encode(lines)
        } else {
            output = ReportTableText.lines(ReportTable(
                title: "\(hall) 的未办结工单（\(lines.count) 件）", file: "bureau-orders",
                header: BureauOrderLine.titles, rows: lines.map(\.cells)
            )).joined(separator: "\n")
        }
        FileHandle.standardOutput.write(Data((InertText.lines(output) + "\n").utf8))
    }
}
