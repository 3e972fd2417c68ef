import Foundation

/// Builds a `PeriodReport` in one pass over the log: `add` each recorded event in order,
/// then ask for the `report`. Memory grows with the orders and slips, never with the
/// events, and no `HallState` is replayed.
///
/// Events recorded at or after the period's end are skipped, so a month reads the same
/// whenever its report is run — except an order the call centre took in during the period
/// (受理时间) and imported after it ended: it is the period's intake whenever it arrived,
/// and the report counts it as late (补录), so a month re-run after a late import says why
/// its intake grew. With a `department`, only orders that department led, was
/// asked to return or was ruled on count, and only the improvement cases it owns; the
/// hall's figures are the hall's whole. With a `station`, the work-order figures count only
/// orders whose customer belongs to that station (供电所); cases and the hall stay whole.
public struct PeriodReportFold {
    public let period: ReportPeriod
    public let department: String?
    public let station: String?
    private var orders: WorkOrderTally
    private var hall: HallTally
    private var cases: CaseTally
    /// What counts as a batch when the report proposes improvement cases.
    private let batchRule: BatchRule
    private var eventsRead = 0
    private var lastSeq = 0
    /// The latest queue or visit business day read (a day number), for `carry`.
    private var latestBusinessDay: Int?
    /// The business day text last parsed for it.
    private var latestBusinessDayText: String?
    /// The latest instant a record read was recorded at: the fold's state is what came
    /// before any later instant, and can be carried to it.
    private var latestRead: Date?
    /// The instant the carry this fold resumed from was taken at: it cannot be carried to
    /// an earlier one.
    private var resumedAt: Date?

    public init(period: ReportPeriod, waitTargetMinutes: Int, department: String? = nil, station: String? = nil,
                batchRule: BatchRule = BatchRule()) {
        self.period = period
        self.department = department
        self.station = station
        orders = WorkOrderTally(period: period, station: station)
        hall = HallTally(period: period, waitTargetMinutes: waitTargetMinutes)
        cases = CaseTally(period: period)
        self.batchRule = batchRule
    }

    /// This fresh fold as if it had read what `carry` read itself; nil when that could not
    /// be told exactly (the carry reaches past the period's start, names a business day in
    /// or after it, or a station's orders cannot be cut out of the whole hall's).
    public func resumed(from carry: Carry) -> PeriodReportFold? {
        guard eventsRead == 0, carry.before <= period.start, (carry.latestBusinessDay ?? .min) < period.from.dayNumber,
              let carried = WorkOrderTally(period: period, station: station, carrying: carry.orders) else { return nil }
        var resumed = self
        resumed.orders = carried
        resumed.cases = CaseTally(period: period, carrying: carry.cases)
        resumed.eventsRead = carry.eventsRead
        resumed.lastSeq = carry.lastSeq
        resumed.latestBusinessDay = carry.latestBusinessDay
        resumed.resumedAt = carry.before
        return resumed
    }

    /// What this fold has read, to carry into a later report: only before it has read
    /// anything from its period's start on, and only for the whole hall (no station).
    public var carry: Carry? { carry(before: period.start) }

    /// What this fold has read, carried to `instant` (a later month's start): nil once it
    /// has read a record from `instant` on, or past its own period's start (the period's
    /// figures are not something a later report carries), or for one station.
    public func carry(before instant: Date) -> Carry? {
        guard instant <= period.start, (latestRead ?? .distantPast) < instant, instant >= resumedAt ?? .distantPast,
              let carried = orders.carry else { return nil }
        return Carry(before: instant, eventsRead: eventsRead, lastSeq: lastSeq, orders: carried, cases: cases.carry,
                     latestBusinessDay: latestBusinessDay)
    }

    /// A fold whose period never begins: it only remembers, so a reader can leave a
    /// checkpoint at every month start it reads past, whatever month it was asked for.
    public static func carrier(zone: TimeZone) -> PeriodReportFold {
        let never = CalendarDay(year: 9999, month: 1, day: 1)!
        return PeriodReportFold(period: ReportPeriod(from: never, to: never.adding(days: 1), zone: zone), waitTargetMinutes: 0)
    }

    /// The stations the orders read so far named, sorted: what `station` may be.
    public var stationsSeen: [String] { orders.stations.filter { !$0.isEmpty }.sorted() }

    /// Whether an event recorded at `time` can change this report; a reader may skip
    /// decoding the ones that cannot.
    public func wants(_ time: Date) -> Bool { time < period.end }

    public mutating func add(_ recorded: RecordedEvent) {
        eventsRead += 1
        lastSeq = recorded.seq
        if recorded.time > latestRead ?? .distantPast { latestRead = recorded.time }
        // A day's events all name the same business day: parse it once, not per event.
        if let text = recorded.event.dayEvent?.businessDay, text != latestBusinessDayText {
            latestBusinessDayText = text
            if let day = CalendarDay(text), day.dayNumber > latestBusinessDay ?? .min { latestBusinessDay = day.dayNumber }
        }
        guard wants(recorded.time) || isLateIntake(recorded.event) else { return }
        switch recorded.event {
        case .workOrder(let event):
            orders.add(event, at: recorded.time)
            cases.add(event, at: recorded.time, actor: recorded.actor)
        default: hall.add(recorded.event, at: recorded.time)
        }
    }

    /// An order received by the call centre in the period and recorded after it ended.
    private func isLateIntake(_ event: Event) -> Bool {
        guard case .workOrder(.received(let body)) = event, let at = body.receivedAt.flatMap(InstantText.date) else { return false }
        return period.contains(at)
    }

    /// The figures so far; `previous` (the period before's report) adds the month-over-month
    /// change per category. Improvement cases are judged overdue as they stand at the
    /// period's end (one due on its last day is overdue by then), or at `asOf` (the hall's
    /// now) when the period has not ended yet, so a month in progress flags nothing early.
    public func report(previous: PeriodReport? = nil, asOf: Date = .distantFuture) -> PeriodReport {
        PeriodReport(from: period.from.description, through: period.to.adding(days: -1).description, department: department,
                     station: station,
                     eventsRead: eventsRead, lastSeq: lastSeq,
                     workOrders: orders.figures(previous: previous?.workOrders, department: department),
                     hall: hall.figures(), cases: cases.figures(rule: batchRule, asOf: asOf, department: department))
    }
}
