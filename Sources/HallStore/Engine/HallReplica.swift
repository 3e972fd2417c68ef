import Foundation
import HallDomain

/// A terminal's copy of the hall: a snapshot (if one matches the log) plus every record
/// after it, folded through `evolve`, kept current by following the store.
///
/// Start-up reads only what follows the snapshot, and each record read is hashed and
/// chained on the way, so `check` says honestly how much of the log this start examined.
public final class HallReplica {
    public private(set) var state: HallState
    /// What this start checked: the whole chain, or everything after a matching snapshot.
    public let checkedFrom: CheckedFrom
    /// The newest records, oldest first, capped at `recentLimit`.
    public private(set) var recent: [RecordedEvent] = []
    /// Set when the log stopped making sense (a damaged record, a body that does not
    /// decode): the state stops at the last good record and the message says where.
    public private(set) var alarm: String?
    /// Set while the log this replica follows is no longer at its path (moved or deleted),
    /// or its database server cannot be reached: unlike an alarm it clears by itself once
    /// the same file is put back or the server answers again.
    public private(set) var unavailable: LogFailure?
    public var head: LogHead { follower.head }
    /// The time of the newest record folded in, the earliest time the next one may carry.
    public var lastRecordTime: Date? { state.lastEventAt.flatMap(LogTimestamp.parse) }

    /// Why the stored snapshot was not used, when there is one and it does not match the
    /// log (see `SnapshotStorage.load`): this start replayed the whole log instead, and the
    /// console, `doctor` and `log snapshot` say so.
    public let snapshotRejection: String?

    /// The sentence to show when a snapshot was set aside, or nil when none was.
    public var snapshotNotice: String? {
        if let snapshotRejection { return "快照与日志不符，已从头重放：\(snapshotRejection)" }
        guard !snapshotsSetAside.isEmpty, case .snapshot(let seq) = checkedFrom else { return nil }
        return "较新的快照与日志不符，已改用第 \(seq) 条的快照：\(snapshotsSetAside.joined(separator: "；"))"
    }

    /// Why each snapshot newer than the one this start used was set aside (see
    /// `SnapshotStorage.load`); empty when the newest was used or there was none.
    public let snapshotsSetAside: [String]

    /// The newest `snapshotTaken` record folded in: its sequence number and the business
    /// day the hall was in then. Nil while this replica has read none.
    public private(set) var lastSnapshotTaken: (seq: Int, businessDay: String)?
    /// The first business day this replica saw, for a log with no `snapshotTaken` yet.
    private var firstBusinessDay: String?

    public enum CheckedFrom: Sendable, Equatable {
        case start
        case snapshot(seq: Int)
    }

    public static let recentLimit = 500
    private let follower: any EventFollower

    /// Loads the snapshot in `snapshots` if it matches `store`'s log, else starts from
    /// nothing (saying why when a snapshot was set aside), then catches up with the log.
    public init(store: any EventStore, snapshots: (any SnapshotStorage)?) {
        switch snapshots?.load(HallState.self, from: store) ?? .absent {
        case .matching(let snapshot, let head, let setAside):
            state = snapshot
            checkedFrom = .snapshot(seq: head.seq)
            snapshotRejection = nil
            snapshotsSetAside = setAside
            follower = store.follow(after: head)
        case .absent:
            state = .initial
            checkedFrom = .start
            snapshotRejection = nil
            snapshotsSetAside = []
            follower = store.follow(after: .empty)
        case .rejected(let reason):
            state = .initial
            checkedFrom = .start
            snapshotRejection = reason
            snapshotsSetAside = []
            follower = store.follow(after: .empty)
        }
        firstBusinessDay = state.today.businessDay.isEmpty ? nil : state.today.businessDay
        refresh()
    }

    /// Whether a writer should take a snapshot now, by `policy`: `everyRecords` records
    /// followed the last `snapshotTaken` (or the start of the log), or a business day has
    /// closed since. Nothing in the log marks a day's end (clerks leave counters open, see
    /// `DayCloseOut`); what every hall passes is the first record of the next business day,
    /// which closes the day before out in `evolve`, so that is the day's close here.
    ///
    /// It is read from the log alone, so every terminal agrees, and the `snapshotTaken`
    /// record that answers it makes it false for all of them.
    public func snapshotDue(_ policy: SnapshotPolicy) -> Bool {
        guard alarm == nil, head.seq > 0 else { return false }
        let since = lastSnapshotTaken?.seq ?? 0
        if policy.everyRecords > 0, head.seq - since >= policy.everyRecords { return true }
        guard policy.atDayClose, let from = lastSnapshotTaken?.businessDay ?? firstBusinessDay else { return false }
        return !from.isEmpty && state.today.businessDay > from
    }

    /// Folds in whatever others appended since the last call. Returns whether
    /// anything changed, so a screen redraws only when it must.
    ///
    /// Records are folded one at a time as the follower reads them, so replaying a long log
    /// never holds it all in memory; the good records before a damaged one are kept and the
    /// damage becomes the alarm.
    @discardableResult
    public func refresh() -> Bool {
        guard alarm == nil else { return false }
        defer { trimRecent() }
        let wasUnavailable = unavailable != nil
        var changed = wasUnavailable
        unavailable = nil
        do throws(LogFailure) {
            try follower.poll { record in
                guard alarm == nil else { return }
                changed = true
                do throws(EventCodec.UndecodableBody) {
                    let event = try EventCodec.decode(type: record.type, version: record.version, body: record.body)
                    apply(RecordedEvent(seq: record.seq, timestamp: record.timestamp, time: record.time, actor: record.actor, terminal: record.terminal, event: event))
                } catch {
                    alarm = "第 \(record.seq) 条记录（\(error.type) v\(error.version)）的内容无法解读，之后的记录暂不采用。请运行 halldesk log verify 并联系管理员。"
                }
            }
        } catch .moved(let path) {
            unavailable = .moved(path: path)
            return !wasUnavailable
        } catch .serverUnavailable(let detail) {
            unavailable = .serverUnavailable(detail: detail)
            return !wasUnavailable
        } catch {
            alarm = error.message
            return true
        }
        return changed
    }

    /// `recent` may grow to twice its cap while records are folded and is cut back to the cap
    /// once they are all in (`trimRecent`): cutting it at every record moved the other 499
    /// for each one, a fifth of a full replay's time. The record is taken, not borrowed, so
    /// keeping it in `recent` moves it there instead of retaining every string it holds.
    private func apply(_ recorded: consuming RecordedEvent) {
        state.evolve(by: recorded)
        if case .snapshotTaken = recorded.event { lastSnapshotTaken = (recorded.seq, state.today.businessDay) }
        if firstBusinessDay == nil, !state.today.businessDay.isEmpty { firstBusinessDay = state.today.businessDay }
        recent.append(recorded)
        if recent.count >= 2 * Self.recentLimit { trimRecent() }
    }

    private func trimRecent() {
        if recent.count > Self.recentLimit { recent.removeFirst(recent.count - Self.recentLimit) }
    }
}
