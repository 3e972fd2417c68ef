import ArgumentParser
import Foundation
import HallSession

@main
struct HallDeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "halldesk",
        abstract: "营业厅导办台：导引、窗口叫号、工单协调与现场看板。",
        discussion: """
        不带子命令时打开全屏控制台（数据目录取 --data，其次 $HALLDESK_DATA，再次 ./halldesk-data；\
        首次运行时按 seeds/ 建立）。所有操作都记入数据目录里只追加的事件日志。

        退出码（记录操作的子命令）：0 成功；1 被规则拒绝或参数有误，什么也没写；\
        3 日志不能写入（磁盘满、无权限、只读、日志损坏或不可信、fsync 失败），什么也没写。\
        log verify 与 doctor 的退出码见各自的 --help。
        """,
        subcommands: [
            ConsoleCommand.self, GuideCommand.self, ManagerCommand.self, CoordinatorConsoleCommand.self, DepartmentConsoleCommand.self, InitCommand.self, VisitCommand.self, SlipCommand.self, CounterCommand.self,
            QueueCommand.self, LogCommand.self, CalendarCommand.self, ImportCommand.self, OrderCommand.self, CaseCommand.self, ReportCommand.self, SimulateCommand.self, PredictCommand.self,
            DemoCommand.self, StaffCommand.self, DoctorCommand.self, DisplayCommand.self, VoiceCommand.self, RateCommand.self,
            NotifyCommand.self, NoticeCommand.self,
            AppointmentCommand.self, BureauCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self
    )

    /// Refuses arguments that are not UTF-8 before parsing, and says the parser's
    /// complaints in Chinese; everything else as `ParsableCommand.main()` does.
    static func main() {
        let checked = RawArguments.checked()
        guard let arguments = checked.arguments else {
            FileHandle.standardError.write(Data(("halldesk：" + (checked.problem ?? "") + "\n").utf8))
            Self.exit(withError: ExitCode.validationFailure)
        }
        var command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { Self.exit(withError: error) }
            FileHandle.standardError.write(Data((ParseErrorText.chinese(fullMessage(for: error), arguments: arguments) + "\n").utf8))
            Self.exit(withError: ExitCode.validationFailure)
        }
        do {
            try command.run()
        } catch let refused as PracticeVariable.Refused {
            // The session library says why in words; here it becomes the command's end.
            Self.exit(withError: fail(refused.message))
        } catch {
            Self.exit(withError: error)
        }
    }
}
