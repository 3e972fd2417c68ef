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

    @Option(help: "只列出这个队列（字母，如 C）等候的号：优先类别在前，其余按取号先后，各自已等多久。")
    var queue: String?

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let replica = files.replica()
        if let alarm = replica.alarm { throw fail(alarm) }
        let now = try ScriptClock.now(in: files.timeZone, folder: files.folder)
        if let queue {
            try printWaiting(queue: queue.uppercased(), state: replica.state, catalog: files.catalog, now: now)
            return
        }
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

    /// The board's Enter on a queue row, for scripts: the same list (`HallDay.waitingList`).
    private func printWaiting(queue letter: String, state: HallState, catalog: Catalog, now: Date) throws {
        guard catalog.queue(letter: letter) != nil else {
            throw fail("没有 \(letter) 队。本厅的队列：\(catalog.queues.map(\.letter).joined(separator: "、"))。")
        }
        let slips = state.visibleDay(catalog: catalog, now: now).waitingList(queue: letter)
        if json {
            print(JSONLine.encode(slips.map { WaitingRow(slip: $0, now: now) }))
            return
        }
        if slips.isEmpty { print("\(letter) 队现在没有人等候。") }
        for slip in slips {
            print("\(slip.number)  \(catalog.businessType(code: slip.businessType)?.name ?? slip.businessType)  "
                  + "\(slip.priority?.chineseName ?? "普通")  已等 \(Int(ElapsedMinutes.between(slip.issuedAt, now))) 分钟")
        }
    }

    private struct WaitingRow: Encodable {
        var slip: String
        var businessType: String
        var priority: String?
        var waitedMinutes: Int

        init(slip: QueueSlip, now: Date) {
            self.slip = slip.number
            businessType = slip.businessType
            priority = slip.priority?.rawValue
            waitedMinutes = Int(ElapsedMinutes.between(slip.issuedAt, now))
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
