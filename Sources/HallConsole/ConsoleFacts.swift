import Foundation
import HallDomain

/// What the console shows that is not derived from the log: the hall's profile, who is at
/// this terminal, the log's health and the time. The wiring fills it in; the console never
/// reads a file or a clock itself.
public struct ConsoleFacts: Sendable, Equatable {
    public var catalog: Catalog
    public var hall: HallProfile { catalog.hall }
    public var login: String
    /// Nil when the login is not on the roster: the console then only reads.
    public var member: StaffMember?
    public var terminal: String
    public var dataFolder: String
    public var log: LogStatus
    /// The newest records, oldest first, for the event log pane: those the member may see
    /// (`EventLogSight`).
    public var recent: [RecordedEvent]
    /// The instant this frame is drawn for: waits and service times are measured to it.
    public var now: Date
    /// Local wall-clock time for the status line, already formatted (`2026-11-23 09:41`).
    public var clock: String
    /// Categories, deadlines and calendar for the work-order panes; nil when the data
    /// folder's seeds lack them, and `workOrderSettingsProblem` says why.
    public var workOrderSettings: WorkOrderSettings?
    public var workOrderSettingsProblem: String?
    /// This month's report for the Reports pane, read from the log when the pane asks;
    /// nil until then, or when reading failed (`monthReportProblem` says why).
    public var monthReport: PeriodReport?
    public var monthReportProblem: String?
    /// The demo's speed and stage while `halldesk demo` runs; nil otherwise.
    public var demo: DemoFacts?
    /// Each queue's figures as the session last worked them out (once per log change and
    /// minute: the forward simulation behind each estimate is too dear to repeat per key);
    /// nil to work them out from the state for this frame.
    public var queues: [QueueSummary]?
    /// The work orders the member may see as they stand, as the session last measured them
    /// (once per log change, minute and member, for the panes that list orders); nil to
    /// measure them for this frame.
    public var workOrders: WorkOrderStandings?

    public init(catalog: Catalog, login: String, member: StaffMember?, terminal: String, dataFolder: String,
                log: LogStatus, recent: [RecordedEvent], now: Date, clock: String,
                workOrderSettings: WorkOrderSettings? = nil, workOrderSettingsProblem: String? = nil,
                monthReport: PeriodReport? = nil, monthReportProblem: String? = nil, demo: DemoFacts? = nil,
                queues: [QueueSummary]? = nil, workOrders: WorkOrderStandings? = nil) {
        self.catalog = catalog
        self.login = login
        self.member = member
        self.terminal = terminal
        self.dataFolder = dataFolder
        self.log = log
        self.recent = recent
        self.now = now
        self.clock = clock
        self.workOrderSettings = workOrderSettings
        self.workOrderSettingsProblem = workOrderSettingsProblem
        self.monthReport = monthReport
        self.monthReportProblem = monthReportProblem
        self.demo = demo
        self.queues = queues
        self.workOrders = workOrders
    }
}

extension ConsoleFacts {
    /// The queues' figures for this frame: the session's, else worked out from `state`.
    public func queueSummaries(_ state: HallState) -> [QueueSummary] {
        queues ?? state.queueSummaries(catalog: catalog, now: now)
    }

    /// The work orders as they stand for this frame, those the member may see: the
    /// session's, else measured from `state`.
    public func workOrderStandings(_ state: HallState, settings: WorkOrderSettings) -> WorkOrderStandings {
        workOrders ?? WorkOrderStandings(book: state.workOrders, settings: settings, now: now,
                                         sight: OrderSight(viewer: member, book: state.workOrders, roster: catalog.roster))
    }
}
