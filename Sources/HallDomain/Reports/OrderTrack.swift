import Foundation

/// What the report keeps of one work order while streaming the log: a few fields, not
/// the order's history, so a month of orders costs a few hundred bytes each.
struct OrderTrack {
    /// What it was received as, if it was received in the period.
    var intake: Intake?
    var lead: String?
    var firstContactDue: Date?
    var replyDue: Date?
    var contacted: Met?
    var lastRepliedAt: Date?
    var replied: Met?
    /// 有责损坏赔偿的产生原因 of the latest reply, if it named one.
    var faultCause: String?
    /// Whether an accepted reply's cause was counted already (a reopened order is counted once).
    var faultCauseCounted = false
    /// The department that asked to return it, until the dispatcher confirms.
    var returnAskedBy: String?

    struct Intake {
        var kind: WorkOrderKind
        var category: String
        var source: WorkOrderSource
        var area: String
        var major: Bool
        var isRepeat: Bool
        /// Imported after the period ended (补录).
        var late = false
    }

    /// When a deadline was met and which department held the order then.
    struct Met {
        var at: Date
        var department: String?
    }
}
