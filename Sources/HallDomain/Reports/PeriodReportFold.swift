import Foundation

/// Builds a `PeriodReport` in one pass over the log: `add` each recorded event in order,
/// then ask for the `report`. Memory grows with the orders and slips, never with the
/// events, and no `HallState` is replayed.
///
/// Events recorded at or after the period's end are skipped, so a month reads the same
/// whenever its report is run. With a `department`, only orders that department led, was
/// asked to return or was ruled on count; the hall's figures are the hall's whole.
public struct PeriodReportFold {
    public let period: ReportPeriod
    public let department: String?
    private var orders: WorkOrderTally
    private var hall: HallTally
    private var eventsRead = 0
    private var lastSeq = 0

    public init(period: ReportPeriod, waitTargetMinutes: Int, department: String? = nil) {
        self.period = period
        self.department = department
        orders = WorkOrderTally(period: period)
        hall = HallTally(period: period, waitTargetMinutes: waitTargetMinutes)
    }

    /// Whether an event recorded at `time` can change this report; a reader may skip
    /// decoding the ones that cannot.
    public func wants(_ time: Date) -> Bool { time < period.end }

    public mutating func add(_ recorded: RecordedEvent) {
        eventsRead += 1
        lastSeq = recorded.seq
        guard wants(recorded.time) else { return }
        switch recorded.event {
        case .workOrder(let event): orders.add(event, at: recorded.time)
        default: hall.add(recorded.event, at: recorded.time)
        }
    }

    /// The figures so far; `previous` (the period before's report) adds the month-over-month
    /// change per category.
    public func report(previous: PeriodReport? = nil) -> PeriodReport {
        PeriodReport(from: period.from.description, through: period.to.adding(days: -1).description, department: department,
                     eventsRead: eventsRead, lastSeq: lastSeq,
                     workOrders: orders.figures(previous: previous?.workOrders, department: department),
                     hall: hall.figures())
    }
}
