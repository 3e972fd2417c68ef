/// The ladder an order climbs by itself as time passes (`[escalation]` of
/// `seeds/work-order-rules.toml`): when one of its deadline clocks reaches its warning point
/// (预警, the moment it turns 临期) the order goes up to `atWarning`; when the clock runs out
/// (超期), to `atDeadline`. 经办人 → 部门负责人 → 供电所所长 unless the hall says otherwise.
///
/// The warning point is also what the screens call 临期, so the two never disagree.
public struct EscalationRule: Sendable, Equatable {
    /// Working time left on a working-day or working-hour clock when it turns 临期.
    public var warningWorkingHours: Double
    /// Plain minutes left on a repair crew's arrival clock when it turns 临期.
    public var warningMinutes: Int
    /// Where the order goes at the warning point; nil: nowhere.
    public var atWarning: EscalationLevel?
    /// Where the order goes when the deadline passes; nil: nowhere.
    public var atDeadline: EscalationLevel?

    /// Half of a 7-hour working day, a quarter of an hour on the road: what 临期 meant before
    /// the ladder was configurable.
    public init(warningWorkingHours: Double = 3.5, warningMinutes: Int = 15,
                atWarning: EscalationLevel? = .departmentHead, atDeadline: EscalationLevel? = .stationHead) {
        self.warningWorkingHours = warningWorkingHours
        self.warningMinutes = warningMinutes
        self.atWarning = atWarning
        self.atDeadline = atDeadline
    }

    /// Seconds left at the warning point, counted the way the clock runs.
    public func warningSeconds(workingTime: Bool) -> Double {
        workingTime ? warningWorkingHours * 3_600 : Double(warningMinutes) * 60
    }
}
