import ArgumentParser
import Foundation
import HallDomain
import HallSession
import HallStore
import TermUI

struct LogTailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tail",
        abstract: "打印最近的记录，并随写随打（Ctrl-C 结束）。",
        discussion: """
        --json 每行一个 JSON 对象（seq, ts, actor, terminal, type, v, body, hash），便于脚本处理。\
        只限人员名单上能查看全部工单的人（专业部门的人员请用 order list / order show）。记录里客户的电话、身份证号、户号部分隐去（JSON 里另有 "masked":true）；\
        --unmasked 显示完整号码，只限所长/值班经理，且每次都记入日志。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Option(help: ArgumentHelp("从这一序号之后开始打印。缺省为最近 10 条。", valueName: "SEQ"))
    var after: Int?

    @Flag(help: "打印已有的记录后就结束，不等待新记录。")
    var noFollow = false

    @Flag(help: "以 JSON 输出，每条记录一行。")
    var json = false

    @Flag(help: "显示客户的完整电话、身份证号和户号：须为所长/值班经理，并记入日志。")
    var unmasked = false

    func validate() throws {
        if let after, after < 0 { throw ValidationError("--after 应为 0 或正整数。") }
    }

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let identity = try Identity.current(files: files)
        let now = try ScriptClock.now(in: files.timeZone, folder: files.folder)
        guard let member = try staffOptions.chosen(in: files, identity: identity, now: now)?.member else {
            throw fail("登录名 \(identity.login) 不在人员名单里，不能查看日志。请管理员把你加入 staff.toml。")
        }
        // The log names every order; a department sees its own orders only (OrderSight).
        guard OrderSight.seesEveryOrder(member) else {
            throw fail("\(member.name)（\(member.id)）只能查看本部门的工单，日志全文里有其他部门的工单，不能打印。"
                       + "请用 halldesk order list / order show 查看本部门的工单，或在控制台的事件日志窗格里看本部门的记录。")
        }
        if unmasked { try recordUnmaskedRead() }
        let follower = files.store.reader().follow(after: .empty)
        var first = true
        while true {
            let records: [LogRecord]
            do {
                records = try follower.poll()
            } catch {
                throw fail(error.message)
            }
            let start = first ? (after ?? max(0, follower.head.seq - 10)) : 0
            first = false
            for record in records where record.seq > start {
                let text = json ? RecordText.json(record, masked: !unmasked) : InertText.lines(RecordText.line(record, masked: !unmasked))
                FileHandle.standardOutput.write(Data(text.utf8 + [0x0A]))
            }
            if noFollow { return }
            usleep(100_000)
        }
    }

    /// The matrix's `exportUnmasked`, checked and logged before a single whole number is
    /// printed, as for `order list --unmasked`; a refusal is logged as `actionDenied`.
    private func recordUnmaskedRead() throws {
        let acting = try Acting(dataOptions, staffOptions)
        let export = ["log tail --unmasked", after.map { "--after \($0)" }, noFollow ? "--no-follow" : nil, json ? "--json" : nil]
            .compactMap { $0 }.joined(separator: " ")
        let catalog = acting.files.catalog
        let actor = acting.engine.actor
        _ = try acting.perform(now: acting.now) { state, _ throws(HallRefusal) in
            try decideUnmaskedExport(export, state: state, catalog: catalog, actor: actor)
        }
    }
}
