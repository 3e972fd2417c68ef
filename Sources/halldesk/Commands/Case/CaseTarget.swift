import ArgumentParser

/// The case an acting sub-command is about, and whether to print what it recorded as JSON.
struct CaseTarget: ParsableArguments {
    @Argument(help: ArgumentHelp("改进案例编号，如 GJ0001。", valueName: "CASE"))
    var number: String

    @Flag(help: "以 JSON 输出记下的事件，每行一个。")
    var json = false
}
