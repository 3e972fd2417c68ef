import Foundation

/// The improvement half of the report's fold: the cases and dismissals exactly as the
/// domain applies them, and for the suggestions a slim copy of each order (what it is
/// about, where, whether closed, what it is linked to), kept in a dictionary so each event
/// finds its order at once, and made into a `WorkOrderBook` only when the report is asked for.
///
/// Orders from before the period are kept too: a repeat in the period joins a group that
/// began earlier, and a case opened last month may be finished in this one.
struct CaseTally {
    let period: ReportPeriod
    private var orders: [String: WorkOrder] = [:]
    private var receipt: [String] = []
    /// Only cases and dismissed suggestions; its orders stay empty until `figures`.
    private var book = WorkOrderBook()

    init(period: ReportPeriod) {
        self.period = period
    }

    /// Nothing here depends on the period, so what was read before one carries into any.
    var carry: Carry { Carry(orders: orders.mapValues(Carry.Order.init), receipt: receipt, book: book) }

    struct Carry: Codable {
        var orders: [String: Order]
        var receipt: [String]
        var book: WorkOrderBook

        /// An order with only what `add` ever sets on it, so a checkpoint does not write (and
        /// a report does not decode) every empty field of a whole `WorkOrder`.
        struct Order: Codable {
            var kind: WorkOrderKind
            var source: WorkOrderSource
            var category: String
            var major: Bool
            var customer: Customer
            var receivedAt: Date
            var receivedBy: String
            var repeatOf: String?
            var leadDepartment: String?
            var closed: Bool
            var links: [WorkOrderLink]

            init(_ order: WorkOrder) {
                kind = order.kind
                source = order.source
                category = order.category
                major = order.major
                customer = order.customer
                receivedAt = order.receivedAt
                receivedBy = order.receivedBy
                repeatOf = order.repeatOf
                leadDepartment = order.leadDepartment
                closed = order.status == .closed
                links = order.links
            }

            /// The order as `add` had it.
            func workOrder(number: String) -> WorkOrder {
                var order = WorkOrder(number: number, kind: kind, source: source, category: category, major: major, customer: customer,
                                      description: "", hotlineNumber: nil, receivedAt: receivedAt, receivedBy: receivedBy, due: [:])
                order.repeatOf = repeatOf
                order.leadDepartment = leadDepartment
                if closed { order.status = .closed }
                order.links = links
                return order
            }
        }
    }

    init(period: ReportPeriod, carrying carry: Carry) {
        self.period = period
        orders = Dictionary(uniqueKeysWithValues: carry.orders.map { ($0.key, $0.value.workOrder(number: $0.key)) })
        receipt = carry.receipt
        book = carry.book
    }

    mutating func add(_ event: WorkOrderEvent, at time: Date, actor: String) {
        switch event {
        case .received(let body):
            var order = WorkOrder(number: body.order, kind: body.kind, source: body.source, category: body.category, major: body.major,
                                  customer: body.customer, description: "", hotlineNumber: nil,
                                  receivedAt: body.receivedAt.flatMap(InstantText.date) ?? time, receivedBy: actor, due: [:])
            order.repeatOf = body.repeatOf
            if orders.updateValue(order, forKey: body.order) == nil { receipt.append(body.order) }
        case .dispatched(let body):
            orders[body.order]?.leadDepartment = body.leadDepartment
        case .closed(let body):
            orders[body.order]?.status = .closed
        case .linked(let body):
            orders[body.order]?.links.append(WorkOrderLink(other: body.other, reason: body.reason))
            orders[body.other]?.links.append(WorkOrderLink(other: body.order, reason: body.reason))
        case .improvementCaseOpened, .improvementCaseOrdersAdded, .improvementProgressRecorded, .improvementCaseDone,
             .caseSuggestionDismissed:
            _ = event.body.apply(to: &book, at: time, actor: actor)
        default:
            return
        }
    }

    /// Cases open at the period's end and finished in it, and the suggestions over the
    /// period's orders as the coordinator would have seen them at `asOf` (the period's end,
    /// or earlier when the period is not over yet). With a `department`, only the cases it
    /// owns and the suggestions holding an order it leads.
    func figures(rule: BatchRule, asOf: Date, department: String?) -> CaseFigures {
        let now = min(asOf, period.end)
        let today = LocalTime(now, in: period.zone).day.description
        let owned = book.cases.filter { department == nil || $0.ownerDepartment == department }
        let finished = owned.filter { improvementCase in improvementCase.doneAt.map { period.contains($0) } == true }
        var full = book
        full.orders = receipt.compactMap { orders[$0] }
        let suggestions = CaseSuggestion.find(book: full, rule: rule, since: period.start, now: now).filter { suggestion in
            department == nil || suggestion.orders.contains { orders[$0]?.leadDepartment == department }
        }
        return CaseFigures(asOf: today,
                           open: owned.filter { $0.status == .open }.map { row($0, today: today) },
                           finished: finished.map { row($0, today: today) },
                           suggested: suggestions.map(ReportedSuggestion.init))
    }

    private func row(_ improvementCase: ImprovementCase, today: String) -> ReportedCase {
        let doneDay = improvementCase.doneAt.map { LocalTime($0, in: period.zone).day.description }
        return ReportedCase(number: improvementCase.number, rootCause: improvementCase.rootCause, action: improvementCase.action,
                       ownerDepartment: improvementCase.ownerDepartment, dueDay: improvementCase.dueDay, status: improvementCase.status,
                       overdue: improvementCase.isOverdue(today: today) || doneDay.map { $0 > improvementCase.dueDay } == true,
                       orders: improvementCase.orders, latestProgress: improvementCase.progress.last?.note,
                       outcome: improvementCase.outcome, doneDay: doneDay)
    }
}
