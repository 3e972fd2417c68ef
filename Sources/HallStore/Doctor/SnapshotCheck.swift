import Foundation
import HallDomain

/// The snapshot start-up trusts (the newest that matches the log): it must load, sit on a
/// record the log still has with the `snapshotTaken` record naming its bytes right after
/// it, and equal what replaying the log up to that record gives. A snapshot that loads but
/// differs would be believed by every terminal, so that is a problem, not a warning; newer
/// snapshots set aside (start-up falls back to an older one, slower, never wrong) are a warning.
public enum SnapshotCheck {
    public static func run(folder: DataFolder) -> DoctorFinding {
        let store = SnapshotStore(folder: folder.snapshotsURL)
        let rewrite = "halldesk log snapshot --data '\(folder.url.path)'"
        let state: HallState, head: LogHead, setAside: [String]
        switch store.load(HallState.self, logURL: folder.logURL) {
        case .absent:
            return DoctorFinding(check: "快照", key: "snapshot", level: .ok,
                                 detail: "尚无快照：终端启动时完整重放日志（正确，日志很长时较慢）")
        case .rejected(let reason):
            return DoctorFinding(check: "快照", key: "snapshot", level: .warning,
                                 detail: "快照与日志不符，终端已从头重放（不采用快照）：\(reason)",
                                 fix: rewrite)
        case .matching(let loaded, let at, let aside):
            state = loaded
            head = at
            setAside = aside
        }
        var replayed = HallState.initial
        var undecodable = 0
        do throws(LogFailure) {
            try LogFollower(url: folder.logURL).poll { record in
                guard record.seq <= head.seq else { return }
                guard let event = try? EventCodec.decode(type: record.type, version: record.version, body: record.body) else {
                    undecodable += 1
                    return
                }
                replayed.evolve(by: RecordedEvent(seq: record.seq, timestamp: record.timestamp, time: record.time,
                                                  actor: record.actor, terminal: record.terminal, event: event))
            }
        } catch {
            return DoctorFinding(check: "快照", key: "snapshot", level: .warning,
                                 detail: "无法重放日志来核对快照：\(error.message)", fix: "先处理上面日志哈希链的问题")
        }
        guard undecodable == 0, replayed == state else {
            return DoctorFinding(check: "快照", key: "snapshot", level: .problem,
                                 detail: "快照 #\(head.seq) 与按日志重放到第 \(head.seq) 条的结果不一致：快照可能被改动，或由有缺陷的版本写出，终端启动时会采用它",
                                 fix: "rm '\(store.fileURL(seq: head.seq).path)' && \(rewrite)")
        }
        guard setAside.isEmpty else {
            return DoctorFinding(check: "快照", key: "snapshot", level: .warning,
                                 detail: "较新的快照与日志不符，终端改用快照 #\(head.seq)（它与重放结果一致）：\(setAside.joined(separator: "；"))",
                                 fix: rewrite)
        }
        return DoctorFinding(check: "快照", key: "snapshot", level: .ok,
                             detail: "快照 #\(head.seq) 与日志相符，且与重放到第 \(head.seq) 条的结果一致")
    }
}
