import ArgumentParser

/// The order an acting sub-command is about, and whether to print what it recorded as JSON.
struct OrderTarget: ParsableArguments {
    @Argument(help: ArgumentHelp("工单编号，如 GD000001。", valueName: "ORDER"))
    var order: String

    @Flag(help: "以 JSON 输出记下的事件，每行一个。")
    var json = false
}
