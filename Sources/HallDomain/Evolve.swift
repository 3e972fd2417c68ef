import Foundation

/// Folds one recorded event into the state. Pure and total: an event in the log is a
/// fact, so nothing here may refuse it, and nothing is dropped without being counted.
public func evolve(_ state: HallState, _ recorded: RecordedEvent) -> HallState {
    var next = state
    next.evolve(by: recorded)
    return next
}

extension HallState {
    /// `evolve` in place, for replay and for deciding in turn: a state held in one variable
    /// is changed where it is, rather than copying every order and slip for every event,
    /// which would make replaying a long log quadratic.
    public mutating func evolve(by recorded: RecordedEvent) {
        lastSeq = recorded.seq
        lastEventAt = recorded.timestamp
        switch recorded.event {
        case .logRepaired(let repair):
            repairs.append(repair)
        case .unrecognised(let type, _):
            unrecognised[type, default: 0] += 1
        case .workOrder(let event):
            let body = event.body
            if !body.apply(to: &workOrders, at: recorded.time, actor: recorded.actor) {
                workOrders.unmatched[Swift.type(of: body).type, default: 0] += 1
            }
        case .access(let event):
            evolveAccess(by: event, at: recorded.time, terminal: recorded.terminal)
        case .appointment(let event):
            let body = event.body
            if !body.apply(to: &appointments, at: recorded.time) {
                appointments.unmatched[Swift.type(of: body).type, default: 0] += 1
            }
        case .slipIssued(let slip):
            // A 所长特批 slip is written only once the approver's PIN matched
            // (`decideApproved`), so, like a good PIN at 换人, it starts the count again.
            if let approver = slip.override?.approvedBy { pinFailures[approver] = nil }
            fold(slip, at: recorded.time)
        // The commonest events by name, each folded by its own type: through `dayEvent`
        // every one was first boxed as `any DayEvent`, an allocation per event.
        case .slipCalled(let body): fold(body, at: recorded.time)
        case .serviceStarted(let body): fold(body, at: recorded.time)
        case .serviceFinished(let body): fold(body, at: recorded.time)
        default:
            if let body = recorded.event.dayEvent { fold(body, at: recorded.time) }
        }
    }

    /// Applies a day event, first closing out today if the event begins a later day.
    mutating func fold<E: DayEvent>(_ body: E, at time: Date) {
        guard body.businessDay >= today.businessDay else {
            staleDayEvents[E.type, default: 0] += 1
            return
        }
        if body.businessDay > today.businessDay { begin(body.businessDay) }
        if !body.apply(to: &today, at: time) { unmatched[E.type, default: 0] += 1 }
        today.settleIdleWithCustomers(at: time)
    }

    /// Starts a new business day. What the old one left open is recorded, not lost.
    private mutating func begin(_ businessDay: String) {
        let unserved = today.slips.filter { $0.status == .waiting || $0.status.isInHand }.map(\.number)
        let leftOpen = today.counters.filter { $0.state != .closed }.map(\.number)
        if !unserved.isEmpty || !leftOpen.isEmpty {
            closedOutDays.append(DayCloseOut(businessDay: today.businessDay, unservedSlips: unserved, countersLeftOpen: leftOpen))
        }
        today = HallDay(businessDay: businessDay, serviceTimes: today.serviceTimes)
    }
}
