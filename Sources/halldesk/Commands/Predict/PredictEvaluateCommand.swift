import ArgumentParser
import Foundation
import HallDomain
import HallSession
import HallStore
import TermUI

/// Replays a hall's log and shows, for every predictor, how far its promise would have
/// been from the real wait: so the hall picks its default by evidence.
struct PredictEvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "回放日志，比较各预测方法告诉客户的等候时间与实际等候的差距。",
        discussion: """
        每张小票发出时，各方法按当时的排队情况各报一个预计分钟数；该号第一次被叫时，实际等候就知道了。\
        误差中位数越小、±5 分钟内的比例越高越好；平均误差为正表示说多了，为负表示说少了。
        """
    )

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("要回放的数据目录（同 --data，例如模拟器写出的一天）。", valueName: "DIR"))
    var log: String?

    @Flag(help: "以 JSON 输出。")
    var json = false

    func run() throws {
        var options = dataOptions
        if let log { options.data = log }
        let files = try HallFiles.open(options)
        var evaluation = PredictionEvaluation(predictors: WaitPredictors.all, catalog: files.catalog)
        let follower = files.store.reader().follow(after: .empty)
        var undecodable: String?
        do {
            try follower.poll { record in
                guard let event = try? EventCodec.decode(type: record.type, version: record.version, body: record.body) else {
                    undecodable = undecodable ?? "第 \(record.seq) 条"
                    return
                }
                evaluation.add(RecordedEvent(seq: record.seq, timestamp: record.timestamp, time: record.time, actor: record.actor,
                                             terminal: record.terminal, event: event))
            }
        } catch {
            throw fail(error.message + " 请先运行 halldesk log verify。")
        }
        if let undecodable { warn("\(undecodable)记录无法解读，已跳过；请运行 halldesk log verify。") }
        let figures = evaluation.figures
        if json {
            print(JSONLine.encode(figures))
            return
        }
        print("方法                        队列  小票  误差中位  ±5分钟内  平均偏差")
        for row in figures {
            let name = TextFit.pad(row.method, width: 26)
            print("\(name)  \(TextFit.pad(row.queue ?? "全部", width: 4))  \(String(format: "%4d", row.slips))  "
                  + "\(minutes(row.medianAbsoluteErrorMinutes))  \(share(row.withinFiveMinutes))  \(minutes(row.meanErrorMinutes))")
        }
    }

    private func minutes(_ value: Double?) -> String {
        TextFit.pad(value.map { String(format: "%.1f 分", $0) } ?? "—", width: 8, alignment: .trailing)
    }

    private func share(_ value: Double?) -> String {
        TextFit.pad(value.map { "\(Int(($0 * 100).rounded()))%" } ?? "—", width: 8, alignment: .trailing)
    }
}
