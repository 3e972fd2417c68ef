import ArgumentParser
import Foundation
import HallDomain
import HallStore

struct AppointmentImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "从 CSV 导入预约（网上国网导出或 Excel 表），要么全部记下，要么一个也不记。",
        discussion: """
        文件可以是 UTF-8（带不带 BOM 都可）或 GBK/GB18030（Excel 另存为 CSV 的默认编码）。
        第一行是表头，按列名取值，顺序不限：预约日期、时段（如 09:00-09:30）、业务（代码或名称）、
        姓名、电话、来源（网上国网、电话、现场；没有这一列时按网上国网）。
        只要有一行有问题，什么都不写入，并说明是第几行、错在哪里。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Argument(help: ArgumentHelp("预约表（CSV）。", valueName: "FILE.csv"))
    var file: String

    @Flag(help: "以 JSON 输出记下的事件，每行一个。")
    var json = false

    func run() throws {
        let acting = try Acting(dataOptions, staffOptions)
        let bytes: Data
        do {
            bytes = try AsCaller.run { try Data(contentsOf: URL(fileURLWithPath: file)) }
        } catch {
            throw fail("读不到文件 \(file)：请核对路径，以及本账号是否有权读取。")
        }
        let list: AppointmentList
        do {
            list = try AppointmentList(bytes: Array(bytes), catalog: acting.files.catalog)
        } catch {
            throw fail("\(file) 无法导入，什么都没有写入。\(error.description)")
        }
        let events = try acting.perform(.importAppointments(list.requests))
        EventReport.print(events, json: json)
        let booked = events.count { if case .appointment(.booked) = $0.event { true } else { false } }
        if !json { print("已导入 \(booked) 个预约。") }
    }
}
