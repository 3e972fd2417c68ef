import ArgumentParser
import HallDomain

/// `counter open`: the clerk takes the counter. A counter already open on another terminal
/// (or held by a colleague) is refused with where, by whom and since when; `--take-over`
/// is the explicit confirmation the console asks for with y/N, and is recorded as such.
struct CounterOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "开窗：由操作的营业员接手这个窗口；已在别的终端开放时须加 --take-over 确认接管。"
    )
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var options: CounterActionOptions

    @Flag(name: .customLong("take-over"), help: "确认接管：窗口已在别的终端开放（或由同事开放）时，改由本终端办理，原终端不能再操作；接管记入日志。")
    var takeOver = false

    func run() throws {
        let command: HallCommand = takeOver ? .takeOverCounter(counter: options.counter) : .openCounter(counter: options.counter)
        EventReport.print(try Acting(dataOptions, staffOptions).perform(command), json: options.json)
    }
}
