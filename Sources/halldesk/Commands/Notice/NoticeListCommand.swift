import ArgumentParser
import Foundation
import HallDomain
import HallSession
import HallStore

/// `notice list`: today's notices, queued, delivered or failed, with the phone masked —
/// the whole number is only ever handed to the sender.
struct NoticeListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "列出今天的客户提醒：待发送、已送达、发送失败（手机号遮蔽）。"
    )

    @OptionGroup var dataOptions: DataOptions

    @Flag(help: "以 JSON 输出，每条一个对象。")
    var json = false

    struct Row: Encodable {
        var notice: String
        var slip: String
        var kind: String
        var phone: String
        var status: String
        var failures: Int
        var lastFailure: String?
        var text: String
    }

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let replica = files.replica()
        if let alarm = replica.alarm { throw fail(alarm) }
        let now = try ScriptClock.now(in: files.timeZone, folder: files.folder)
        let day = replica.state.visibleDay(catalog: files.catalog, now: now)
        let rows = day.notices.map {
            Row(notice: $0.id, slip: $0.slip, kind: $0.kind.rawValue, phone: day.noticePhones[$0.slip].map(Masking.phone) ?? "",
                status: $0.deliveredAt == nil && !NoticesDue.isTimely($0, in: day) ? "已过时，未再发送" : $0.statusText, failures: $0.failures, lastFailure: $0.lastFailure, text: $0.text)
        }
        if json {
            print(JSONLine.encode(rows))
            return
        }
        if rows.isEmpty { print("今天还没有客户提醒。") }
        for row in rows {
            print("\(row.slip)  \(NoticeKind(rawValue: row.kind)?.chineseName ?? row.kind)  \(row.phone)  \(row.status)"
                  + "\(row.lastFailure.map { "（\($0)）" } ?? "")  \(row.text)")
        }
    }
}
