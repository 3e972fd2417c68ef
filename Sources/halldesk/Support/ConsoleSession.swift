import Foundation
import HallConsole
import HallDomain
import HallStore

/// What one console on one terminal holds open: the replica it reads, and whether it may
/// write. Opening a writer at start is what repairs a torn log tail (under the lock) and
/// tells a read-only or damaged log before anyone tries to act.
final class ConsoleSession {
    let files: HallFiles
    let identity: Identity
    let replica: HallReplica
    private(set) var readOnlyReason: String?

    init(files: HallFiles, identity: Identity) {
        self.files = files
        self.identity = identity
        replica = HallReplica(folder: files.folder)
        guard identity.member != nil else {
            readOnlyReason = "登录名 \(identity.login) 不在人员名单里"
            return
        }
        do {
            _ = try EventLog(url: files.folder.logURL, timeZone: files.timeZone, repairActor: identity.actor,
                                  repairTerminal: identity.terminal, trusting: replica.head)
            replica.refresh()
        } catch {
            readOnlyReason = error.message
        }
    }

    func facts(now: Date) -> ConsoleFacts {
        let check: LogStatus.Check
        if let alarm = replica.alarm {
            check = .alarm(alarm)
        } else if case .snapshot(let seq) = replica.checkedFrom {
            check = .sinceSnapshot(snapshotSeq: seq)
        } else {
            check = .wholeChain
        }
        return ConsoleFacts(
            catalog: files.catalog, login: identity.login, member: identity.member, terminal: identity.terminal,
            dataFolder: files.folder.url.path,
            log: LogStatus(records: replica.head.seq, lastWrite: replica.state.lastEventAt, check: check, readOnlyReason: readOnlyReason),
            recent: replica.recent, now: now, clock: clockText(now)
        )
    }

    /// The wall clock in the hall's own zone, to the minute.
    func clockText(_ now: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = files.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: now)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }
}
