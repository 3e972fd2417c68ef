/// The explicit fairness rule between priority and ordinary slips, from `hall.toml`.
///
/// A counter calls waiting priority slips first (green channel, then care, then customers
/// who checked in for an appointment within its window), but after `streakLimit` priority calls in
/// a row it must call an ordinary slip if one is waiting, and an ordinary slip that has
/// waited `ordinaryWaitCapMinutes` or more goes ahead of any priority slip. Both limits are
/// printed on the help screen so customers can be told the rule.
public struct PriorityRule: Sendable, Equatable, Codable {
    public var streakLimit: Int
    public var ordinaryWaitCapMinutes: Int

    public init(streakLimit: Int, ordinaryWaitCapMinutes: Int) {
        self.streakLimit = streakLimit
        self.ordinaryWaitCapMinutes = ordinaryWaitCapMinutes
    }
}
