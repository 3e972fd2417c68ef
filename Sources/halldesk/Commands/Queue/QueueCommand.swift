import ArgumentParser

struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "队列与窗口的现状。",
        subcommands: [QueueStatusCommand.self]
    )
}
