import ArgumentParser

struct AppointmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "appointment",
        abstract: "预约：登记、取消、列出、签到取号、从 CSV 导入、记录失约。",
        discussion: """
        时段长度、签到时间（时段开始前后多少分钟）和每个时段可约几位见 hall.toml 的 [appointments]。
        在签到时间内签到的客户拿到“预约优先”的号：按公平规则排在普通号前，但连续优先号的上限和
        普通号最长等候的上限照样保护普通客户。导引台按 F11 打开今天的预约。
        """,
        subcommands: [
            AppointmentBookCommand.self, AppointmentCancelCommand.self, AppointmentListCommand.self,
            AppointmentCheckInCommand.self, AppointmentImportCommand.self, AppointmentMissDueCommand.self,
        ]
    )
}
