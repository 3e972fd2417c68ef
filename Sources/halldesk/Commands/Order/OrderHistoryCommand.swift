import ArgumentParser
import Foundation
import HallDomain
import HallStore

struct OrderHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "一位客户的全部工单和到厅记录：按电话或户号查找。",
        discussion: """
        电话、户号须写完整（空格、横线不计）；只凭几位尾号查找请用 order list --find。\
        只列你能查看的工单（部门只看本部门的，且不列到厅记录）；到厅记录来自取号和一次性告知时客户留下的电话。\
        列表里的电话部分隐去。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Option(help: ArgumentHelp("客户的电话号码。", valueName: "PHONE"))
    var phone: String?

    @Option(help: ArgumentHelp("客户的户号。", valueName: "ACCOUNT"))
    var account: String?

    @Flag(help: "以 JSON 输出（一行）。")
    var json = false

    func validate() throws {
        if CustomerHistory.Key(phone: phone, accountNumber: account).isEmpty {
            throw ValidationError("请用 --phone 或 --account 给出客户的电话或户号（须含数字）。")
        }
    }

    func run() throws {
        let reading = try OrderReading(dataOptions)
        let sight = try reading.sight(staffOptions)
        let key = CustomerHistory.Key(phone: phone, accountNumber: account)
        let visits = sight.seesEveryOrder ? try Self.visits(key, log: reading.files.store.reader()) : []
        let history = CustomerHistory(key: key, book: reading.book, sight: sight, visits: visits)
        let rows = history.orders.map { OrderRow($0, reading: reading) }
        if json {
            print(JSONLine.encode(Output(phone: key.phone.map(Masking.phone), account: key.accountNumber.map(Masking.phone),
                                         customer: history.name, orders: rows, visits: history.visits.map { visit in
                Output.Visit(time: reading.iso(visit.time), kind: visit.kind.rawValue, kindName: visit.kind.chineseName,
                             businessType: visit.businessType, slip: visit.slip, missingDocuments: visit.missingDocuments)
            })))
            return
        }
        let who = [key.phone.map { "电话 \(Masking.phone($0))" }, key.accountNumber.map { "户号 \(Masking.phone($0))" }]
            .compactMap { $0 }.joined(separator: "、")
        print("客户\(history.name.map { " \($0)" } ?? "")（\(who)）：工单 \(rows.count) 张" + (sight.seesEveryOrder ? "，到厅 \(visits.count) 次" : ""))
        var lines: [(Date, String)] = history.orders.map { order in
            (order.receivedAt, "工单 \(order.number)  \(order.kind.chineseName)·\(reading.categoryName(order))  \(order.status.chineseName)"
                + (order.leadDepartment.map { "  主办 \($0)" } ?? ""))
        }
        lines += history.visits.map { visit in
            (visit.time, "\(visit.kind.chineseName)\(visit.slip.map { " \($0)" } ?? "")  \(visit.businessType)"
                + (visit.missingDocuments.isEmpty ? "" : "  缺 \(visit.missingDocuments.joined(separator: "、"))"))
        }
        for (time, line) in lines.sorted(by: { $0.0 < $1.0 }) { print("  \(reading.local(time))  \(line)") }
    }

    /// The customer's visits, read from the log: their phone is kept there only.
    private static func visits(_ key: CustomerHistory.Key, log: any EventStore) throws -> [CustomerHistory.Visit] {
        var visits: [CustomerHistory.Visit] = []
        let types: Set<String> = [SlipIssued.type, VisitTurnedAway.type]
        do {
            try log.replay(after: 0) { record in
                guard types.contains(record.type),
                      let event = try? EventCodec.decode(type: record.type, version: record.version, body: record.body),
                      let visit = CustomerHistory.Visit.of(event, at: record.time, key: key) else { return }
                visits.append(visit)
            }
        } catch {
            throw fail(error.message)
        }
        return visits
    }

    /// `--json`: the numbers looked up (masked), the orders as `order list` rows, the visits.
    struct Output: Encodable {
        var phone: String?
        var account: String?
        var customer: String?
        var orders: [OrderRow]
        var visits: [Visit]

        struct Visit: Encodable {
            var time: String
            var kind: String
            var kindName: String
            var businessType: String
            var slip: String?
            var missingDocuments: [String]
        }
    }
}
