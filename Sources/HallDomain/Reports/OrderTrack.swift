import Foundation

/// What the report keeps of one work order while streaming the log: a few fields, not
/// the order's history, so a month of orders costs a few hundred bytes each.
///
/// Nothing in it depends on the period (whether the intake counts is asked at `figures`),
/// so the tracks read before a period can be carried into any later one (`ReportCarry`).
struct OrderTrack: Codable {
    /// What it was received as.
    var intake: Intake
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

    struct Intake: Codable {
        var kind: WorkOrderKind
        var category: String
        var source: WorkOrderSource
        var area: String
        var major: Bool
        var isRepeat: Bool
        /// The customer's station (供电所), for a report on one station.
        var station: String
        /// When the call centre took it in (受理时间), or when it was recorded without one:
        /// the period it counts in.
        var receivedAt: Date
        /// When it was recorded; after the period's end, it was imported late (补录).
        var recordedAt: Date
    }

    /// When a deadline was met and which department held the order then.
    struct Met: Codable {
        var at: Date
        var department: String?
    }
}
