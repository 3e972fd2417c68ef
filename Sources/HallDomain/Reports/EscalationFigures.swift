/// The escalations (升级) to one level recorded in the period, by why: how often orders had
/// to go over a department's handlers to its head, or over the head to the 所长, and how
/// much of it time alone did (临期预警, 超过时限) rather than a push or a major matter.
public struct EscalationFigures: Sendable, Equatable, Codable {
    /// 部门负责人 or 供电所所长.
    public var level: String
    /// One row per reason, in `EscalationReason` order, zeros included, so columns line up.
    public var reasons: [CountRow]
    /// Of the total, those time made (临期预警 and 超过时限): nobody pushed.
    public var byTime: Int

    public init(level: String, reasons: [CountRow], byTime: Int) {
        self.level = level
        self.reasons = reasons
        self.byTime = byTime
    }

    public var total: Int { reasons.reduce(0) { $0 + $1.count } }
}
