import ArgumentParser

struct PredictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        abstract: "等候时间预测：用日志检验各种预测方法的误差。",
        subcommands: [PredictEvaluateCommand.self]
    )
}
