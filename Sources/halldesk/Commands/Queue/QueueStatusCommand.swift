import ArgumentParser
import Foundation
import HallDomain
import HallSession
import HallStore

struct QueueStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "每个队列的等候人数、最长等候、新到客户的预计等候、今日已办与等候统计；每个窗口的状态。"
    )

    @OptionGroup var dataOptions: DataOptions

    @Flag(help: "以 JSON 输出。")
    var json = false

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let replica = HallReplica(folder: files.folder)
        if let alarm = replica.alarm { throw fail(alarm) }
        let now = try ScriptClock.now(in: files.timeZone, folder: files.folder)
        let queues = replica.state.queueSummaries(catalog: files.catalog, now: now)
        let counters = replica.state.counterSummaries(catalog: files.catalog, now: now)
        if json {
            print(JSONLine.encode(Status(queues: queues.map(QueueRow.init), counters: counters.map(CounterRow.init))))
            return
        }
        for queue in queues {
            print("\(queue.letter) \(queue.name)：等候 \(queue.waiting) 人，最长 \(minutes(queue.longestWaitMinutes))，新到预计 \(queue.expectedWait.chineseText)，"
                  + "今日已办 \(queue.servedToday)，平均 \(minutes(queue.averageWaitMinutes))，90% \(minutes(queue.p90WaitMinutes))，"
                  + "达标 \(queue.shareWithinTarget.map { "\(Int(($0 * 100).rounded()))%" } ?? "—")")
        }
        for counter in counters {
            print("\(counter.name)：\(counter.state.chineseName)\(counter.clerk.map { "（\($0)）" } ?? "")"
                  + "\(counter.slipInHand.map { "，手上 \($0)" } ?? "")，今日已办 \(counter.servedToday)")
        }
    }

    private func minutes(_ value: Double?) -> String {
        value.map { "\(Int($0.rounded())) 分钟" } ?? "—"
    }

    private struct Status: Encodable {
        var queues: [QueueRow]
        var counters: [CounterRow]
    }

    private struct QueueRow: Encodable {
        var letter: String
        var waiting: Int
        var longestWaitMinutes: Double?
        var expectedLowMinutes: Int
        var expectedHighMinutes: Int
        var servedToday: Int
        var averageWaitMinutes: Double?
        var p90WaitMinutes: Double?
        var shareWithinTarget: Double?

        init(_ summary: QueueSummary) {
            letter = summary.letter
            waiting = summary.waiting
            longestWaitMinutes = summary.longestWaitMinutes
            expectedLowMinutes = summary.expectedWait.lowMinutes
            expectedHighMinutes = summary.expectedWait.highMinutes
            servedToday = summary.servedToday
            averageWaitMinutes = summary.averageWaitMinutes
            p90WaitMinutes = summary.p90WaitMinutes
            shareWithinTarget = summary.shareWithinTarget
        }
    }

    private struct CounterRow: Encodable {
        var number: Int
        var state: String
        var clerk: String?
        var slipInHand: String?
        var servedToday: Int

        init(_ summary: CounterSummary) {
            number = summary.number
            state = summary.state.rawValue
            clerk = summary.clerk
            slipInHand = summary.slipInHand
            servedToday = summary.servedToday
        }
    }
}
