/// A push (催办/督办) the lead department has not answered yet, for the mark on its list.
///
/// Derived, not recorded: a push counts as seen once the department has done anything on
/// the order after it — accepted, contacted the customer, noted progress, replied, or asked
/// to return it. That is what every terminal agrees on from the log alone, and it is the
/// honest meaning of the mark: "chased, and nothing done since". Merely opening the order
/// on one screen does not clear it.
extension WorkOrder {
    /// The latest push with no action of the department after it; nil when there is none,
    /// or the order is no longer in a department's hands.
    public var pushAwaitingDepartment: WorkOrderPushed? {
        guard [.dispatched, .inHand].contains(status) else { return nil }
        for entry in history.reversed() {
            switch entry.event {
            case .pushed(let push): return push
            case .accepted, .contacted, .progressNoted, .replied, .returnRequested, .dispatched: return nil
            default: continue
            }
        }
        return nil
    }
}
