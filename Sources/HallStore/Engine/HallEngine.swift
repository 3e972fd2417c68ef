import Foundation
import HallDomain

/// The one data path for a terminal that acts: decide on fresh state, append expecting
/// the sequence that state was built from, and when another terminal got there first,
/// catch up and decide again. Two counters pressing "call next" at once therefore never
/// get the same slip: exactly one append wins, the other re-decides on the new state.
public final class HallEngine {
    public let catalog: Catalog
    public let replica: HallReplica
    public let actor: StaffMember
    public let terminal: String
    /// The admin at the keyboard when `actor` is someone else they act as (`--staff`):
    /// each append then starts with an `actedOnBehalf` record written by the admin.
    public let admin: StaffMember?
    /// How far ahead of the machine's clock a record may be stamped. Set by whoever opens
    /// the engine for a live hall (from `hall.toml`'s `[clock]`, see `SeedHallClock`); nil,
    /// the default, checks nothing: a practice folder's clock is the script's
    /// (`HALLDESK_NOW`), and the stores' tests replay fixed days whatever the machine's date.
    public var aheadTolerance: TimeInterval?
    /// The snapshots this writer takes by itself after its appends; nil, the default,
    /// takes none (tests of other things, whose logs must hold only what they wrote).
    public var autoSnapshot: AutoSnapshot?
    let store: any EventStore
    /// The roster file this writer started with, until the log is known to record it
    /// (see `decideRosterCheck`); nil once it does, or when there is no roster file.
    private var rosterToRecord: (roster: Roster, sha256: String)?

    /// How often a command is decided again after losing a race before giving up; only
    /// reached when the log is being written faster than this terminal can read it.
    public static let maximumAttempts = 100

    /// An engine appending to `store`, its replica started from `snapshots` when they match.
    ///
    /// - Parameters:
    ///   - admin: who acts as `actor` when that is someone else (see `admin`).
    ///   - roster: the roster file this writer starts with and its SHA-256, recorded with
    ///     its first append unless the log already has it; nil when there is none.
    /// - Throws: what preparing `store` to append meets (a log it may not write, a damaged one).
    public init(store: any EventStore, snapshots: (any SnapshotStorage)?, catalog: Catalog, actor: StaffMember, terminal: String,
                admin: StaffMember? = nil, roster: (roster: Roster, sha256: String)?) throws(LogFailure) {
        self.catalog = catalog
        self.actor = actor
        self.terminal = terminal
        self.admin = admin?.id == actor.id ? nil : admin
        self.store = store
        replica = HallReplica(store: store, snapshots: snapshots)
        rosterToRecord = roster
        try store.prepareToAppend(after: replica.head)
        replica.refresh()
    }

    /// Decides `command` at `now` and makes its events durable. Returns them as recorded.
    @discardableResult
    public func perform(_ command: HallCommand, now: Date) throws(EngineFailure) -> [RecordedEvent] {
        try perform(now: now) { state, at throws(HallRefusal) in
            try decide(command, state: state, catalog: catalog, actor: actor, now: at, terminal: terminal)
        }
    }

    /// Decides a work-order command at `now` (on `settings`' calendar) and makes its events durable.
    @discardableResult
    public func perform(_ command: WorkOrderCommand, settings: WorkOrderSettings, now: Date) throws(EngineFailure) -> [RecordedEvent] {
        try perform(now: now) { state, at throws(HallRefusal) in
            try decide(command, state: state, catalog: catalog, settings: settings, actor: actor, now: at)
        }
    }

    /// The one path every action takes: `deciding` runs on the freshest state and again after
    /// each lost race, so what it returns always fits the log it is appended to. Several
    /// events (an import's orders) go in one append: all of them or none. A refusal by the
    /// permission matrix is itself appended, as `actionDenied`, before it is reported, so
    /// that trying what one's role does not allow is on the record.
    ///
    /// A log the store finds unwritable right now (the file's `LogHealth` also counts under
    /// 64 KiB free as full) refuses at once, as the console's banner says, rather than
    /// succeeding or failing by the luck of how much room the file's last block has left.
    ///
    /// A roster file that differs from the one the log last recorded is recorded
    /// (`rosterChanged`, after the command's events) in this writer's first append, so both
    /// are on disk or neither; a command that writes nothing records nothing.
    ///
    /// `deciding` gets the instant to decide at: `now`, or the last record's time when the
    /// clock has stepped a little behind it (see `LogClock`), so records never go back in time;
    /// an instant further ahead of the machine's clock than `aheadTolerance` is refused.
    ///
    /// Returns the records of what `deciding` returned (not the `actedOnBehalf` before them).
    @discardableResult
    public func perform(now: Date, deciding: (HallState, Date) throws(HallRefusal) -> [Event]) throws(EngineFailure) -> [RecordedEvent] {
        if let problem = store.writeProblem() { throw .log(problem) }
        for _ in 0..<Self.maximumAttempts {
            replica.refresh()
            if let alarm = replica.alarm { throw .logAlarm(alarm) }
            if let unavailable = replica.unavailable { throw .log(unavailable) }
            let expected = replica.head.seq
            let events: [Event]
            var refusal: HallRefusal?
            let at: Date
            do {
                at = try LogClock.instant(now, lastRecord: replica.lastRecordTime, described: describeLastRecord)
                if let aheadTolerance { try LogClock.checkNotAhead(at, machine: Date(), tolerance: aheadTolerance) }
            } catch {
                throw .refused(error)
            }
            do {
                events = try deciding(replica.state, at)
            } catch {
                guard let action = error.denied else { throw .refused(error) }
                refusal = error
                events = [.access(.actionDenied(ActionDenied(action: action.rawValue, roles: actor.roles.map(\.rawValue),
                                                             reason: error.message)))]
            }
            // The roster this writer started with goes into the same append as the first
            // records written under it, when the log has not recorded it yet.
            var roster: [Event] = []
            if !events.isEmpty, let file = rosterToRecord {
                roster = decideRosterCheck(file.roster, sha256: file.sha256, state: replica.state)
            }
            let written: [RecordedEvent]
            do {
                written = Array(try append(events + roster, expecting: expected, now: at).prefix(events.count))
            } catch .conflict {
                continue
            } catch {
                throw .log(error)
            }
            if !events.isEmpty { rosterToRecord = nil }
            autoSnapshot?.consider(replica)
            if let refusal { throw .refused(refusal) }
            return written
        }
        throw .tooBusy
    }

    /// The log's newest record in words: sequence number, time and who wrote it where.
    private func describeLastRecord() -> String {
        let time = (replica.state.lastEventAt ?? "").prefix(19).replacingOccurrences(of: "T", with: " ")
        guard let last = replica.recent.last, last.seq == replica.head.seq else { return "第 \(replica.head.seq) 条，\(time)" }
        return "第 \(last.seq) 条，\(time)，由 \(last.actor) 在终端 \(last.terminal) 写入"
    }

    private func append(_ events: [Event], expecting expected: Int, now: Date) throws(LogFailure) -> [RecordedEvent] {
        func record(_ event: Event, by writer: String) -> NewRecord {
            let encoded = EventCodec.encode(event)
            return NewRecord(actor: writer, terminal: terminal, type: encoded.type, version: encoded.version, body: encoded.body, timestamp: now)
        }
        var records = events.map { record($0, by: actor.id) }
        if let admin, !events.isEmpty {
            records.insert(record(.access(.actedOnBehalf(ActedOnBehalf(admin: admin.id, member: actor.id))), by: admin.id), at: 0)
        }
        let written = try store.append(records, expecting: expected).suffix(events.count)
        replica.refresh()
        return zip(written, events).map { record, event in
            RecordedEvent(seq: record.seq, timestamp: record.timestamp, time: record.time, actor: record.actor, terminal: record.terminal, event: event)
        }
    }
}
