import ArgumentParser
import HallStore

struct LogSnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "写一份当前状态的快照，之后启动只需重放快照之后的记录。"
    )

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let replica = HallReplica(folder: files.folder)
        if let alarm = replica.alarm {
            throw fail("日志有问题，不写快照：\(alarm)")
        }
        do {
            try SnapshotStore(folder: files.folder.snapshotsURL).write(replica.state, at: replica.head)
        } catch {
            throw fail(error.message)
        }
        print("已写快照：截至第 \(replica.head.seq) 条记录。")
    }
}
