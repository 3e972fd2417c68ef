import Foundation

/// The book measured at one instant: each order's standing against its nearest open
/// deadline worked out once, every order ranked most urgent first (`UrgencyOrder`), and
/// what each section holds.
///
/// A standing counts working time through the calendar, the costly part of every work-order
/// screen: a desk of 5,000 orders measured again for the list, the section counts and the
/// key that moved the cursor took a tenth of a second a frame. The console keeps one of
/// these per log head and minute, as it keeps the queues' figures, so a key that only moves
/// the cursor measures nothing; `order list` and the tests build one per question.
public struct WorkOrderStandings: Sendable, Equatable {
    /// The instant every standing was measured at.
    public let now: Date
    /// Every order in the book, most urgent first.
    public let ranked: [WorkOrder]
    /// The batch warnings (`BatchWarning.find`) whose every order is in sight: a group
    /// reaching into orders the viewer may not see is not shown in part.
    public let batchWarnings: [BatchWarning]
    /// What the banners and the radar count, among the orders in sight.
    public let attention: WorkOrderAttention
    private let standings: [String: DeadlineStanding]
    private let sections: [WorkOrderSection: [WorkOrder]]
    private let inHands: [String: [WorkOrder]]
    /// Escalations waiting to be acknowledged, by level: finding them walks every order's history.
    private let escalations: [EscalationLevel: [WorkOrder]]

    /// Measures the orders of `book` that `sight` lets its viewer see (every one without a
    /// sight), so that nothing built from it can show another department's order.
    public init(book: WorkOrderBook, settings: WorkOrderSettings, now: Date, sight: OrderSight? = nil) {
        let shown = sight.map { $0.seesEveryOrder ? book.orders : $0.visible(book.orders) } ?? book.orders
        let measured = shown.map { (order: $0, standing: $0.standing(at: now, settings: settings)) }
            .sorted(by: UrgencyOrder.precedes)
        self.now = now
        ranked = measured.map(\.order)
        standings = Dictionary(measured.compactMap { item in item.standing.map { (item.order.number, $0) } }) { first, _ in first }
        sections = Dictionary(uniqueKeysWithValues: WorkOrderSection.allCases.map { section in
            (section, measured.filter { section.contains($0.order, standing: $0.standing) }.map(\.order))
        })
        var inHands: [String: [WorkOrder]] = [:]
        for order in ranked {
            let named = Set([order.leadDepartment].compactMap { $0 } + order.supportingDepartments + order.awaitingFindings)
            for department in named where order.isInHands(of: department) { inHands[department, default: []].append(order) }
        }
        self.inHands = inHands
        escalations = Dictionary(uniqueKeysWithValues: EscalationLevel.allCases.map { level in
            (level, shown.filter { $0.awaitsAcknowledgement(at: level) })
        })
        attention = WorkOrderAttention(shown, now: now, zone: settings.calendar.timeZone)
        batchWarnings = BatchWarning.find(book: book, rule: settings.batchRule, now: now).filter { sight?.seesAll($0) ?? true }
    }

    /// The orders in `department`'s hands (`WorkOrder.isInHands(of:)`), most urgent first:
    /// a department handler's desk.
    public func orders(inHandsOf department: String) -> [WorkOrder] {
        inHands[department] ?? []
    }

    /// `WorkOrderBook.awaitingAcknowledgement(at:department:)` among the orders in sight.
    public func awaitingAcknowledgement(at level: EscalationLevel, department: String? = nil) -> [WorkOrder] {
        WorkOrderBook.led(by: department, escalations[level] ?? [])
    }

    /// The orders of `section`, most urgent first.
    public func orders(in section: WorkOrderSection) -> [WorkOrder] {
        sections[section] ?? []
    }

    /// How many orders each section holds, for the section tabs.
    public var counts: [WorkOrderSection: Int] {
        sections.mapValues(\.count)
    }

    /// Where `order` stood at `now`; nil when it has no open deadline.
    public func standing(of order: WorkOrder) -> DeadlineStanding? {
        standings[order.number]
    }
}
