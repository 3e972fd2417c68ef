/// The state of a hall derived from its log: `events.reduce(.initial, evolve)`.
///
/// Codable so that a snapshot of it can stand in for replaying the log from the start.
/// A snapshot written before a part existed decodes with that part empty, which is right:
/// the log before it had no events of that part.
public struct HallState: Codable, Sendable, Equatable {
    /// The sequence number of the last event folded in; 0 for a new hall.
    public var lastSeq: Int
    /// The log timestamp of the last event folded in, as written.
    public var lastEventAt: String?
    /// Every repair of a torn log tail, oldest first, so that nobody can miss one.
    public var repairs: [LogRepaired]
    /// Records written by a newer HallDesk that this one could not read, by type.
    public var unrecognised: [String: Int]
    /// The current business day's queue: slips, counters, tallies.
    public var today: HallDay
    /// Each earlier day that ended with slips or counters still open, oldest first.
    public var closedOutDays: [DayCloseOut]
    /// Events for a day older than `today` (a terminal with a slow clock), by type. They are
    /// not applied: their day is closed.
    public var staleDayEvents: [String: Int]
    /// Events naming a slip today does not hold, by type. A log written by `decide` has
    /// none; a count here means the log was written by something else.
    public var unmatched: [String: Int]
    /// The work orders, which outlive any business day.
    public var workOrders: WorkOrderBook
    /// Wrong PINs in a row, by staff id, for the lockout (`PinLockout`).
    public var pinFailures: [String: PinFailures] = [:]
    /// The roster as the log last recorded it, nil before the first `rosterChanged`.
    public var roster: RecordedRoster?
    /// The last switch-in with a PIN, by terminal name: who may act there, in which login
    /// session and since when. Snapshots from before it existed decode with none, which
    /// only ends switch-ins that had no session to be bound to.
    public var switchIns: [String: SwitchIn] = [:]
    /// The appointment book (预约), which outlives any business day.
    public var appointments = AppointmentBook()

    public static let initial = HallState(lastSeq: 0, lastEventAt: nil, repairs: [], unrecognised: [:])

    public init(lastSeq: Int, lastEventAt: String?, repairs: [LogRepaired], unrecognised: [String: Int],
                today: HallDay = HallDay(businessDay: ""), closedOutDays: [DayCloseOut] = [],
                staleDayEvents: [String: Int] = [:], unmatched: [String: Int] = [:], workOrders: WorkOrderBook = WorkOrderBook()) {
        self.lastSeq = lastSeq
        self.lastEventAt = lastEventAt
        self.repairs = repairs
        self.unrecognised = unrecognised
        self.today = today
        self.closedOutDays = closedOutDays
        self.staleDayEvents = staleDayEvents
        self.unmatched = unmatched
        self.workOrders = workOrders
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        lastSeq = try container.decode(Int.self, forKey: .lastSeq)
        lastEventAt = try container.decodeIfPresent(String.self, forKey: .lastEventAt)
        repairs = try container.decode([LogRepaired].self, forKey: .repairs)
        unrecognised = try container.decode([String: Int].self, forKey: .unrecognised)
        today = try container.decodeIfPresent(HallDay.self, forKey: .today) ?? HallDay(businessDay: "")
        closedOutDays = try container.decodeIfPresent([DayCloseOut].self, forKey: .closedOutDays) ?? []
        staleDayEvents = try container.decodeIfPresent([String: Int].self, forKey: .staleDayEvents) ?? [:]
        unmatched = try container.decodeIfPresent([String: Int].self, forKey: .unmatched) ?? [:]
        workOrders = try container.decodeIfPresent(WorkOrderBook.self, forKey: .workOrders) ?? WorkOrderBook()
        pinFailures = try container.decodeIfPresent([String: PinFailures].self, forKey: .pinFailures) ?? [:]
        roster = try container.decodeIfPresent(RecordedRoster.self, forKey: .roster)
        switchIns = try container.decodeIfPresent([String: SwitchIn].self, forKey: .switchIns) ?? [:]
        appointments = try container.decodeIfPresent(AppointmentBook.self, forKey: .appointments) ?? AppointmentBook()
    }

    /// The day `businessDay` as `decide` and the screens should see it: today's if it is
    /// today, an empty day if it is a later one (today has not been closed out yet because
    /// no event of the new day has been written). Nil for a day older than today.
    public func day(_ businessDay: String) -> HallDay? {
        if businessDay == today.businessDay { return today }
        return businessDay > today.businessDay ? HallDay(businessDay: businessDay) : nil
    }
}
