/// The order slips of one queue would be called in if the fairness rule's limits never
/// bit: green channel, then care, then appointment (预约, checked in), then ordinary;
/// within each, earliest issue first. It is
/// what "people ahead" counts; `CallSelection` decides the actual next call.
public enum PriorityOrder {
    public static func rank(_ priority: PriorityClass?) -> Int {
        switch priority {
        case .greenChannel: 0
        case .care: 1
        case .appointment: 2
        case nil: 3
        }
    }

    /// Whether `slip` comes before `other` in this order.
    public static func precedes(_ slip: QueueSlip, _ other: QueueSlip) -> Bool {
        let (left, right) = (rank(slip.priority), rank(other.priority))
        return left != right ? left < right : slip.isIssued(before: other)
    }

    /// Waiting slips of `queue` ahead of a customer joining it now with `priority`: every
    /// one of the same or a higher class (the newcomer is the last issued).
    public static func ahead(ofNewcomerIn queue: String, priority: PriorityClass?, in day: HallDay) -> [QueueSlip] {
        day.waiting(in: [queue]).filter { rank($0.priority) <= rank(priority) }
    }

    /// Waiting slips of the same queue ahead of `slip`.
    public static func ahead(of slip: QueueSlip, in day: HallDay) -> [QueueSlip] {
        day.waiting(in: [slip.queue]).filter { $0.number != slip.number && precedes($0, slip) }
    }
}
