import ArgumentParser
import HallStore

struct LogSnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "写一份当前状态的快照，之后启动只需重放快照之后的记录。",
        discussion: "快照写入前先在日志里记一条 snapshotTaken，登记快照内容的 SHA-256；终端只采用与这条记录相符的快照。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    func run() throws {
        let acting = try Acting(dataOptions, staffOptions)
        let replica = acting.engine.replica
        if let alarm = replica.alarm {
            throw fail("日志有问题，不写快照：\(alarm)")
        }
        if let notice = replica.snapshotNotice { print(notice) }
        let head: LogHead
        do {
            head = try acting.engine.takeSnapshot(into: acting.files.store.snapshots(),
                                                 keeping: acting.files.snapshots.keep, now: acting.now)
        } catch {
            throw fail(error.message)
        }
        print("已写快照：截至第 \(head.seq) 条记录，并在日志第 \(head.seq + 1) 条登记了它的 SHA-256。")
    }
}
