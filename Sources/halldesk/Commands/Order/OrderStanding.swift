import Foundation
import HallDomain

/// The nearest open deadline of an order and the time left on it (negative once overdue),
/// as `order list` and `order show` print it.
struct OrderStanding: Encodable {
    var deadline: String
    var deadlineName: String
    var due: String
    var secondsLeft: Double
    var workingTime: Bool
    var overdue: Bool
    var dueSoon: Bool
    /// 「剩 3时20分」, 「超期 2工作日」.
    var text: String

    /// Nil when no deadline is open: all met, none for the kind, or the order is closed.
    /// `time` writes the due instant: local for people, RFC 3339 for JSON.
    init?(_ order: WorkOrder, reading: OrderReading, time: (Date) -> String) {
        guard let standing = order.standing(at: reading.now, settings: reading.settings) else { return nil }
        deadline = standing.deadline.rawValue
        deadlineName = standing.deadline.chineseName
        due = time(standing.due)
        secondsLeft = standing.secondsLeft
        workingTime = standing.isWorkingTime
        overdue = standing.isOverdue
        dueSoon = standing.isDueSoon
        text = standing.chineseText
    }
}
