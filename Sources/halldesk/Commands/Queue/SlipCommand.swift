import ArgumentParser

struct SlipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slip",
        abstract: "轮候小票：发号、补打、预填表单、叫号、重呼、过号、恢复、转队、开始与办结。",
        subcommands: [
            SlipIssueCommand.self, SlipReprintCommand.self, SlipPrefilledCommand.self, SlipCallCommand.self, SlipRecallCommand.self,
            SlipNoShowCommand.self, SlipReinstateCommand.self, SlipTransferCommand.self, SlipStartCommand.self,
            SlipFinishCommand.self,
        ]
    )
}

/// `--counter N` and `--json`, shared by the counter's slip commands.
struct CounterActionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("窗口号。", valueName: "N"))
    var counter: Int

    @Flag(help: "以 JSON 输出记下的事件。")
    var json = false
}
