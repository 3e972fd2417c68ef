import ArgumentParser
import HallDomain

struct VisitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visit",
        abstract: "门口接待：查业务清单、门口解答、资料不全时一次性告知。发号用 halldesk slip issue。",
        subcommands: [VisitChecklistCommand.self, VisitAnswerCommand.self, VisitTurnAwayCommand.self]
    )
}

/// What every visit and slip command says about the business and the customer.
struct BusinessOptions: ParsableArguments {
    @Option(help: ArgumentHelp("业务：代码、拼音简拼或中文名（如 JMXZ、xz、居民新装）。", valueName: "BUSINESS"))
    var type: String

    @Option(help: "客户类别：residential（居民）或 non-residential（非居民）。")
    var kind: CustomerKind
}
