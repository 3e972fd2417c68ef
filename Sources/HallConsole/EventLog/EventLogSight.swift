import HallDomain

/// Which records of the log a member's event-log pane lists. Whoever sees every order
/// (`OrderSight.seesEveryOrder`) sees every record. Anyone else sees the hall's slips,
/// counters and log, and of the work orders only the records of orders in its sight: a
/// record of another department's order, or of several orders at once (links, improvement
/// cases), would name orders the member may not open, and so would another member's
/// refusal, whose reason may name the order refused. The session filters once, when it
/// fills the facts, so the pane and its cursor count the same lines.
public enum EventLogSight {
    public static func records(_ records: [RecordedEvent], for member: StaffMember?, book: WorkOrderBook,
                               roster: Roster) -> [RecordedEvent] {
        guard !OrderSight.seesEveryOrder(member) else { return records }
        let sight = OrderSight(viewer: member, book: book, roster: roster)
        return records.filter { record in
            switch record.event {
            case .workOrder(let event):
                guard let order = EventLogLine.order(of: event.body) else { return false }
                return (try? sight.check(order)) != nil
            case .access(.actionDenied):
                return member.map { record.actor == $0.id } ?? false
            default:
                return true
            }
        }
    }
}
