/// Services finished at one counter or by one clerk, with the median service time
/// (start, or call when the clerk skipped start, → finish), and the customers' ratings of
/// them (满意度) as the keypad or the clerk recorded them.
public struct ServiceFigures: Sendable, Equatable, Codable {
    /// The counter number as text, or the clerk's staff id.
    public var label: String
    public var services: Int
    public var medianMinutes: Double?
    public var verySatisfied: Int
    public var satisfied: Int
    public var dissatisfied: Int

    public init(label: String, minutes: [Double], ratings: [ServiceRating] = []) {
        self.label = label
        services = minutes.count
        medianMinutes = WaitStatistics.median(minutes)
        verySatisfied = ratings.count { $0 == .verySatisfied }
        satisfied = ratings.count { $0 == .satisfied }
        dissatisfied = ratings.count { $0 == .dissatisfied }
    }

    public var rated: Int { verySatisfied + satisfied + dissatisfied }

    /// 满意率: the share of ratings that are 满意 or 非常满意; nil with no rating.
    public var satisfiedShare: Double? {
        rated == 0 ? nil : Double(verySatisfied + satisfied) / Double(rated)
    }
}
