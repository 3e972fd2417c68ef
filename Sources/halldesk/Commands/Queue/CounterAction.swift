import ArgumentParser
import HallDomain

/// A scripting command that is one action at one counter: `slip recall|noshow|start|
/// finish`, `counter open|close`. They differ only in the command they ask for.
protocol CounterAction: ParsableCommand {
    var dataOptions: DataOptions { get }
    var staffOptions: StaffOptions { get }
    var options: CounterActionOptions { get }
    static func command(counter: Int) -> HallCommand
}

extension CounterAction {
    func run() throws {
        EventReport.print(try Acting(dataOptions, staffOptions).perform(Self.command(counter: options.counter)), json: options.json)
    }
}

struct SlipRecallCommand: CounterAction {
    static let configuration = CommandConfiguration(commandName: "recall", abstract: "重呼本窗口手上的号（次数有上限）。")
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var options: CounterActionOptions
    static func command(counter: Int) -> HallCommand { .recall(counter: counter) }
}

struct SlipNoShowCommand: CounterAction {
    static let configuration = CommandConfiguration(commandName: "noshow", abstract: "过号：叫了没来，先挂起；规定时间内可恢复。")
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var options: CounterActionOptions
    static func command(counter: Int) -> HallCommand { .markNoShow(counter: counter) }
}

struct SlipStartCommand: CounterAction {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "开始办理本窗口手上的号。")
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var options: CounterActionOptions
    static func command(counter: Int) -> HallCommand { .startService(counter: counter) }
}

struct SlipFinishCommand: CounterAction {
    static let configuration = CommandConfiguration(commandName: "finish", abstract: "办结本窗口手上的号。")
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var options: CounterActionOptions
    static func command(counter: Int) -> HallCommand { .finishService(counter: counter) }
}


struct CounterCloseCommand: CounterAction {
    static let configuration = CommandConfiguration(commandName: "close", abstract: "关窗（手上还有号时拒绝）。")
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var options: CounterActionOptions
    static func command(counter: Int) -> HallCommand { .closeCounter(counter: counter) }
}
