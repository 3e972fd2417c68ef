import ArgumentParser
import Foundation
import HallDomain
import HallSession

struct AppointmentListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "列出某天的预约（缺省为今天），按时段先后，每个一行。",
        discussion: "电话只显示前三位和后四位，协调员、部门经办人和所长/值班经理（可查看完整联系方式的角色）除外。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Option(help: ArgumentHelp("日期，如 2026-12-07（缺省为今天）。", valueName: "DAY"))
    var day: String?

    @Flag(help: "以 JSON 输出，每个预约一行。")
    var json = false

    func run() throws {
        let acting = try Acting(dataOptions, staffOptions)
        let state = acting.engine.replica.state
        let rules = acting.files.catalog.rules.appointments
        guard let today = LocalDay(acting.now, timeZone: acting.files.catalog.hall.timeZone) else {
            throw fail("营业厅时区无效，请管理员检查 hall.toml 的 time_zone。")
        }
        let listed = state.appointments.on(day ?? today.businessDay)
        let whole = PermissionMatrix.allows(acting.engine.actor, .seeCustomerContact)
        if listed.isEmpty, !json { print("\(day ?? today.businessDay) 没有预约。") }
        for appointment in listed {
            let row = AppointmentRow(appointment, rules: rules, catalog: acting.files.catalog, wholePhone: whole)
            print(json ? JSONLine.encode(row) : row.text)
        }
    }
}

/// One appointment as `appointment list` prints it.
struct AppointmentRow: Encodable {
    var id: String
    var day: String
    var slot: String
    var checkIn: String
    var businessType: String
    var business: String
    var name: String
    var phone: String
    var source: String
    var status: String
    var slip: String?

    init(_ appointment: Appointment, rules: AppointmentRules, catalog: Catalog, wholePhone: Bool) {
        id = appointment.id
        day = appointment.day
        slot = appointment.slotText
        checkIn = appointment.checkInWindowText(rules)
        businessType = appointment.businessType
        business = catalog.businessType(code: appointment.businessType)?.name ?? appointment.businessType
        name = appointment.name
        phone = wholePhone ? appointment.phone : Masking.phone(appointment.phone)
        source = appointment.source.chineseName
        status = appointment.status.chineseName
        slip = appointment.slip
    }

    var text: String {
        "\(id)  \(slot)（签到 \(checkIn)）  \(business)  \(name)  \(phone)  \(source)  \(status)" + (slip.map { " \($0)" } ?? "")
    }
}
