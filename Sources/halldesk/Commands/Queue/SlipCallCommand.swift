import ArgumentParser
import HallDomain

/// `slip call`: the next by the rule, or with `--number` and `--reason` a given one
/// (指定呼叫) — the same two commands the counter pane's n and g keys ask for.
struct SlipCallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call",
        abstract: "叫下一位：按本窗口的队列顺序和优先规则选号，并说明为什么是这一位；加 --number 与 --reason 为指定呼叫。",
        discussion: """
        窗口在 hall.toml 设了 call_next_finishes = true 时，叫下一位先办结手上的号。        指定呼叫只能叫本窗口队列里等候中的号，须写原因，原因记入日志。
        """
    )
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var options: CounterActionOptions

    @Option(help: ArgumentHelp("指定呼叫的小票号，如 A012（须同时写 --reason）。", valueName: "SLIP"))
    var number: String?

    @Option(help: "指定呼叫的原因，如 客户预约、资料已在前台核验。")
    var reason: String?

    func validate() throws {
        if number == nil, reason != nil {
            throw ValidationError("--reason 只用于指定呼叫：请同时写 --number 小票号，或去掉 --reason 按规则叫下一位。")
        }
        if number != nil, reason == nil {
            throw ValidationError("指定呼叫须写原因：请加 --reason，如 --reason 客户预约。")
        }
    }

    func run() throws {
        let command: HallCommand = number.map { .callSlip(counter: options.counter, slip: $0, reason: reason ?? "") }
            ?? .callNext(counter: options.counter)
        EventReport.print(try Acting(dataOptions, staffOptions).perform(command), json: options.json)
    }
}
