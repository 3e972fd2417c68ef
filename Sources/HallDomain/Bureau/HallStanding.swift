import Foundation

/// One hall as the bureau's coordinator (区局/供电局协调) sees it beside the others: how many
/// customers wait and the longest wait, its open work orders by urgency band (逾期, 预警 —
/// past the warning point — and 正常, which holds those with time in hand or no open
/// deadline), escalations nobody acknowledged, and when its last record was written, so
/// that a hall gone quiet (a dead link, a console left off) is seen rather than read as calm.
///
/// Measured with the bureau's rules (the province's calendar, deadlines and catalog, which
/// every hall of a bureau shares) by the same code the hall's own screens use: the queue's
/// `queueSummaries`, the coordinator's `WorkOrderStandings` and its `UrgencyOrder` bands.
public struct HallStanding: Sendable, Equatable, Codable {
    public var hall: String
    public var waiting: Int
    /// Minutes the longest-waiting customer has waited; nil with nobody waiting.
    public var longestWaitMinutes: Double?
    public var overdue: Int
    public var dueSoon: Int
    /// Open orders with time in hand or no open deadline.
    public var normal: Int
    /// Escalations (to 部门负责人 or 所长) not yet acknowledged, one per order and level.
    public var unacknowledgedEscalations: Int
    /// The newest record's sequence number and time; nil time for a hall with no record.
    public var lastSeq: Int
    public var lastRecordAt: Date?
    /// No record for `staleAfter` or longer.
    public var isStale: Bool
    /// Why the figures stopped following the hall (a damaged record, the server away), if they did.
    public var problem: String?

    /// A busy hall writes a record every few minutes while open (slips, calls, polls of due
    /// escalations); an hour of silence means nobody can be writing there, or the view has
    /// lost it.
    public static let staleAfter: TimeInterval = 3600

    public init(hall: String, state: HallState, lastRecordAt: Date?, catalog: Catalog, settings: WorkOrderSettings, now: Date) {
        self.hall = hall
        let queues = state.queueSummaries(catalog: catalog, now: now)
        waiting = queues.reduce(0) { $0 + $1.waiting }
        longestWaitMinutes = queues.compactMap(\.longestWaitMinutes).max()
        let standings = WorkOrderStandings(book: state.workOrders, settings: settings, now: now)
        var bands: [UrgencyOrder.Band: Int] = [:]
        for order in standings.ranked where order.status.isOpen {
            bands[UrgencyOrder.Band(standings.standing(of: order)), default: 0] += 1
        }
        overdue = bands[.overdue] ?? 0
        dueSoon = bands[.dueSoon] ?? 0
        normal = (bands[.running] ?? 0) + (bands[.noDeadline] ?? 0)
        unacknowledgedEscalations = EscalationLevel.allCases.reduce(0) { $0 + standings.awaitingAcknowledgement(at: $1).count }
        lastSeq = state.lastSeq
        self.lastRecordAt = lastRecordAt
        isStale = lastRecordAt.map { now.timeIntervalSince($0) >= Self.staleAfter } ?? true
    }
}
