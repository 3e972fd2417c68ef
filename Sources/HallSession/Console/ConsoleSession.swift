import Foundation
import HallConsole
import HallDomain
import HallStore

/// What one console on one terminal holds open: the replica it reads and, for someone on
/// the roster, the engine it acts through. Opening the engine's writer at start is also
/// what repairs a torn log tail (under the lock) and tells a read-only or damaged log
/// before anyone tries to act.
///
/// While the console runs it watches whether the log can be written (`watchLog`): a full
/// disk, a read-only or a moved log becomes a banner at once, and when the cause is gone
/// the banner goes and work resumes without a restart.
///
/// A member switched in with F4 acts for the hall's `[clock] switch_minutes`; after that
/// the console goes back to the login's own member and asks for the PIN again.
public final class ConsoleSession {
    let files: HallFiles
    let identity: Identity
    /// Who acts at this console; F4 换人 changes it on a shared terminal.
    private(set) var member: StaffMember?
    public private(set) var replica: HallReplica
    private(set) var engine: HallEngine?
    /// The F4 switch-in the current member acts under, until it lapses.
    private var switchIn: SwitchIn?
    /// The admin acting as `member` (`--staff`), written before each of their appends.
    private var admin: StaffMember?
    private(set) var readOnlyReason: String?
    /// Why the log cannot take a write right now, while that lasts; nil when it can.
    private(set) var writeTrouble: LogFailure?
    /// Free bytes when an append last failed for want of space: the disk counts as full
    /// until clearly more than that is free, so the banner does not flicker.
    private var freeWhenFull: UInt64 = 0
    /// When the log was last probed, on the monotonic clock (a wall clock may jump).
    private var lastProbe: TimeInterval?
    /// How often `watchLog` probes: a couple of system calls each time.
    private static let probeInterval: TimeInterval = 1
    /// Loaded once: categories, deadlines and the calendar do not change while a console runs.
    let workOrderSettings: Result<WorkOrderSettings, SeedError>
    /// This month's report as last read for the Reports pane; nil until the pane asks.
    private(set) var monthReport: Result<PeriodReport, ReportReader.Failure>?
    private var queues = QueueFigures()
    /// The work orders as they stand, for the panes that list them (`WorkOrderStandings`).
    private var standings = HeadMinuteMemo<WorkOrderStandings>()
    /// The newest records as the member at this terminal may see them (`EventLogSight`): every
    /// frame shows them, and they change only with the log head and the member (the memo's
    /// minute renews them once a minute besides, at no visible cost).
    private var recentInSight = HeadMinuteMemo<[RecordedEvent]>()
    /// When `escalateIfDue` last looked, so that redrawing a frame does not reckon every
    /// open order's deadlines again.
    var lastEscalationCheck: EscalationCheck?
    /// When `recordMissedAppointmentsIfDue` last looked, for the same reason.
    var lastMissedAppointmentCheck: EscalationCheck?

    public init(files: HallFiles, identity: Identity, chosen: ActingStaff?) {
        self.files = files
        self.identity = identity
        self.member = chosen?.member
        admin = chosen?.admin
        workOrderSettings = Result { () throws(SeedError) in try files.loadWorkOrderSettings() }
        guard let chosen else {
            replica = files.replica()
            engine = nil
            readOnlyReason = "登录名 \(identity.login) 不在人员名单里"
            return
        }
        do {
            let engine = try files.engine(for: chosen.member, admin: chosen.admin, at: identity.terminal)
            self.engine = engine
            replica = engine.replica
        } catch {
            replica = files.replica()
            engine = nil
            readOnlyReason = error.message
            if Self.passes(error) { writeTrouble = error }
        }
    }

    /// Someone else takes this terminal (F4 换人): the PIN is checked as `halldesk staff
    /// switch` checks it, the switch or the wrong PIN is logged by whoever was at the
    /// terminal, and from then on this console acts as the new member.
    func switchStaff(to id: String, pin: String, now: Date) -> ActionResult {
        guard let target = files.roster.member(id: id) else { return .refused("工号 \(id) 不在人员名单里，请核对后再输入") }
        let check: PinCheck
        do {
            check = try PinFile(folder: files.folder).check(pin, for: target.id)
        } catch {
            return .refused(error.message)
        }
        let atTerminal = member ?? identity.atTerminal
        let writer: HallEngine
        do throws(LogFailure) {
            if let engine {
                writer = engine
            } else {
                writer = try files.engine(for: atTerminal, at: identity.terminal)
            }
        } catch {
            return .refused(error.message)
        }
        let recorded: [RecordedEvent]
        do {
            recorded = try writer.perform(now: now) { state, at throws(HallRefusal) in
                try decideSwitch(to: target, check: check, state: state, now: at, session: identity.session, bootTime: BootClock.now())
            }
        } catch {
            noteFailure(error)
            return .refused(error.message)
        }
        if case .access(.pinRejected(let rejected))? = recorded.first?.event { return .refused(rejected.message) }
        // Opened only once the PIN was right: a wrong one should cost no writer.
        let next: HallEngine
        do throws(LogFailure) {
            next = try files.engine(for: target, at: identity.terminal)
        } catch {
            return .refused(error.message)
        }
        engine = next
        replica = next.replica
        member = target
        admin = nil
        readOnlyReason = nil
        if case .access(.staffSwitched(let switched))? = recorded.first?.event, let at = recorded.first?.time {
            switchIn = SwitchIn(member: target.id, at: at, session: switched.session, bootTime: switched.bootTime)
        }
        return .done(recorded)
    }

    /// Ends an F4 switch-in that has lapsed: the console goes back to the login's own
    /// member (or to reading only) and says so; nil while it holds or there is none.
    private func lapsedSwitch(now: Date) -> ActionResult? {
        guard let switchIn, !switchIn.holds(in: switchIn.session, now: now, bootTime: BootClock.now(), lasting: files.clock.switchLasts) else {
            return nil
        }
        self.switchIn = nil
        member = identity.member
        engine = nil
        if let own = identity.member, let back = try? files.engine(for: own, at: identity.terminal) {
            engine = back
            replica = back.replica
        } else {
            readOnlyReason = "换人已失效"
        }
        return .refused("\(switchIn.member) 的换人已超过 \(Int(files.clock.switchLasts / 60)) 分钟，已失效，本次操作未执行。请按 F4 重新换人。")
    }

    /// Failures that go away by themselves once someone frees space, restores write access
    /// or brings the database server back; a damaged log or a failed fsync do not.
    private static func passes(_ failure: LogFailure) -> Bool {
        switch failure {
        case .diskFull, .readOnly, .permissionDenied, .moved, .serverUnavailable: true
        default: false
        }
    }

    /// Finishes an automatic snapshot whose bytes are ready, and probes the log about once a second: sets or clears `writeTrouble`, and once a log
    /// that could not be opened for writing at start can be, opens the engine after all.
    /// Returns whether the banner changed.
    func watchLog() -> Bool {
        // An automatic snapshot's bytes are encoded in the background; their record is
        // appended here, between keys, never on the key that made them due.
        engine?.settleAutoSnapshot(wait: false)
        guard let member else { return false }
        let clock = ProcessInfo.processInfo.systemUptime
        if let lastProbe, clock - lastProbe < Self.probeInterval { return false }
        lastProbe = clock
        var found = replica.unavailable ?? files.store.problem(freeWhenFull + LogHealth.minimumFreeBytes)
        if found == nil, engine == nil, writeTrouble != nil {
            do {
                let engine = try files.engine(for: member, admin: admin, at: identity.terminal)
                self.engine = engine
                replica = engine.replica
                readOnlyReason = nil
            } catch {
                found = error
            }
        }
        if found == nil { freeWhenFull = 0 }
        let changed = found != writeTrouble
        writeTrouble = found
        return changed
    }

    /// Keeps a failed append's cause for the banner until `watchLog` sees it gone.
    private func noteFailure(_ failure: EngineFailure) {
        guard case .log(let cause) = failure, Self.passes(cause) else { return }
        if cause == .diskFull { freeWhenFull = LogHealth.freeBytes(at: files.folder.url) ?? 0 }
        writeTrouble = cause
        lastProbe = ProcessInfo.processInfo.systemUptime
    }

    /// Runs a command a pane asked for, prints what the guide hands over, and says how it
    /// went in words for the pane.
    public func perform(_ command: HallCommand, now: Date) -> [ActionResult] {
        if let lapsed = lapsedSwitch(now: now) { return [lapsed] }
        guard let engine else {
            return [.refused("本终端只能查看：\(readOnlyReason ?? "没有可写的日志")。")]
        }
        let events: [RecordedEvent]
        do {
            events = try engine.perform(command, now: now)
        } catch {
            noteFailure(error)
            return [.refused(error.message)]
        }
        return handOver(events, engine: engine)
    }

    /// Runs a command a manager approved at this terminal with their id and PIN (所长特批):
    /// a wrong PIN is logged and counted as at F4 换人, and nothing else happens.
    public func performApproved(_ command: HallCommand, approver: String, pin: String, now: Date) -> [ActionResult] {
        if let lapsed = lapsedSwitch(now: now) { return [lapsed] }
        guard let engine else {
            return [.refused("本终端只能查看：\(readOnlyReason ?? "没有可写的日志")。")]
        }
        let events: [RecordedEvent]
        do {
            events = try ManagerApproval.perform(command, approverID: approver, pin: pin, files: files, engine: engine,
                                                 now: now, bootTime: BootClock.now())
        } catch {
            if let failure = error.engineFailure { noteFailure(failure) }
            return [.refused(error.message)]
        }
        return handOver(events, engine: engine)
    }

    /// Prints what the recorded events hand over (a slip, a notice, a reprint) and says how
    /// it went; a printer failure is reported but undoes nothing.
    private func handOver(_ events: [RecordedEvent], engine: HallEngine) -> [ActionResult] {
        let receipts = Receipts(files: files, guideName: engine.actor.name)
        let printouts = receipts.printouts(for: events, state: engine.replica.state)
        guard !printouts.isEmpty else { return [.done(events)] }
        do {
            if let problem = receipts.print(printouts, to: try receipts.printer()) {
                return [.done(events), .refused(problem)]
            }
        } catch {
            return [.done(events), .refused("已记录，但打印设置有误：\(error.description)")]
        }
        return [.done(events)]
    }

    /// Runs work-order commands from a pane as one decision: all appended, or none.
    public func perform(workOrders commands: [WorkOrderCommand], now: Date) -> ActionResult {
        if let lapsed = lapsedSwitch(now: now) { return lapsed }
        guard let engine else { return .refused("本终端只能查看：\(readOnlyReason ?? "没有可写的日志")。") }
        guard case .success(let settings) = workOrderSettings else { return .refused("工单设置未能载入，不能操作工单。") }
        do {
            return .done(try engine.perform(now: now) { state, at throws(HallRefusal) in
                try decideInTurn(commands, state: state, catalog: files.catalog, settings: settings, actor: engine.actor, now: at)
            })
        } catch {
            noteFailure(error)
            return .refused(error.message)
        }
    }

    /// Reads this month (in the hall's zone) from the log for the Reports pane: one pass,
    /// the readers' path, about a second for a busy month.
    func refreshReport(now: Date) {
        let local = LocalTime(now, in: files.timeZone)
        guard let month = ReportPeriod.month(year: local.day.year, month: local.day.month, zone: files.timeZone) else { return }
        let batchRule = (try? workOrderSettings.get())?.batchRule ?? BatchRule()
        var folds = [PeriodReportFold(period: month, waitTargetMinutes: files.hall.waitTargetMinutes, batchRule: batchRule)]
        monthReport = Result { () throws(ReportReader.Failure) in
            try files.foldReport(into: &folds)
            return folds[0].report(asOf: now)
        }
    }

    /// What the console shows at `now` besides the state, for a frame of `pane`: the work
    /// orders' standings are measured only for the panes that list orders.
    public func facts(now: Date, showing pane: PaneID) -> ConsoleFacts {
        let check: LogStatus.Check
        if let alarm = replica.alarm {
            check = .alarm(alarm)
        } else if case .snapshot(let seq) = replica.checkedFrom {
            check = .sinceSnapshot(snapshotSeq: seq)
        } else if let notice = replica.snapshotNotice {
            check = .wholeChainSnapshotRejected(notice: notice)
        } else {
            check = .wholeChain
        }
        return ConsoleFacts(
            catalog: files.catalog, login: identity.login, member: member, terminal: identity.terminal,
            dataFolder: files.folder.url.path,
            log: LogStatus(records: replica.head.seq, lastWrite: replica.state.lastEventAt, check: check, readOnlyReason: readOnlyReason,
                           banner: writeTrouble.map(files.store.banner)),
            recent: recentRecordsInSight(now: now),
            now: now, clock: clockText(now),
            workOrderSettings: try? workOrderSettings.get(), workOrderSettingsProblem: workOrderSettingsProblem,
            monthReport: try? monthReport?.get(), monthReportProblem: monthReportProblem, queues: queueSummaries(now: now),
            workOrders: [.coordinator, .department, .manager].contains(pane) ? workOrderStandings(now: now) : nil
        )
    }

    private func recentRecordsInSight(now: Date) -> [RecordedEvent] {
        recentInSight.value(seq: replica.head.seq, now: now, viewer: member?.id) {
            EventLogSight.records(replica.recent, for: member, book: replica.state.workOrders, roster: files.roster)
        }
    }

    private func queueSummaries(now: Date) -> [QueueSummary] {
        queues.summaries(of: replica, catalog: files.catalog, now: now)
    }

    private func workOrderStandings(now: Date) -> WorkOrderStandings? {
        guard let settings = try? workOrderSettings.get() else { return nil }
        let book = replica.state.workOrders
        let sight = OrderSight(viewer: member, book: book, roster: files.roster)
        return standings.value(seq: replica.head.seq, now: now, viewer: member?.id) {
            WorkOrderStandings(book: book, settings: settings, now: now, sight: sight)
        }
    }

    private var workOrderSettingsProblem: String? {
        guard case .failure(let failure) = workOrderSettings else { return nil }
        return failure.description
    }

    private var monthReportProblem: String? {
        guard case .failure(let failure)? = monthReport else { return nil }
        return failure.message
    }

    /// The wall clock in the hall's own zone, to the minute.
    func clockText(_ now: Date) -> String {
        LocalTime(now, in: files.timeZone).minuteText
    }
}
