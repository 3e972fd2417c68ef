import ArgumentParser
import HallDomain

struct OrderShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "查看一张工单的全部内容：客户与诉求、各项时限及其为何此时到期、各部门持有多久、全部经过。",
        discussion: """
        部门经办人只能查看本部门主办、协办或受邀会诊的工单。\
        客户电话只对协调员、本部门的经办人和所长完整显示，其他人看到的电话和文字里的手机号、身份证号都部分隐去。\
        时限在受理时按当时的工作日历定下，回退、改派都不改变；日历或时限设置后来改过的，会注明按现行设置重算的结果。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Argument(help: ArgumentHelp("工单编号，如 GD000001。", valueName: "ORDER"))
    var order: String

    @Flag(help: "以 JSON 输出（一行）。")
    var json = false

    func run() throws {
        let reading = try OrderReading(dataOptions)
        guard let found = reading.book.order(order) else {
            throw fail("没有工单 \(ArgumentQuote.short(order))，请核对工单编号")
        }
        let sight = try reading.sight(staffOptions)
        do {
            try sight.check(found.number)
        } catch {
            throw fail(error.message)
        }
        let visible = sight.seesContact(of: found)
        if json {
            print(JSONLine.encode(OrderDetail(found, reading: reading, contactVisible: visible, time: reading.iso)))
        } else {
            OrderDetail(found, reading: reading, contactVisible: visible, time: reading.local).lines.forEach { print($0) }
        }
    }
}
