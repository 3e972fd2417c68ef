/// Typical service minutes per business type, learned from today's finished services.
///
/// An exponentially decaying average: the first finished service of a type sets it, each
/// later one moves it by `weight` of the difference, so the estimate follows the day (a
/// new clerk, a slow system) without one odd customer swinging it. Until a type has a
/// finished service the catalog's `serviceMinutes` stands in (see `WaitEstimator`).
public struct ServiceTimes: Sendable, Equatable, Codable {
    /// How much the newest finished service counts.
    public static let weight = 0.3

    public var minutesByBusinessType: [String: Double]

    public init(minutesByBusinessType: [String: Double] = [:]) {
        self.minutesByBusinessType = minutesByBusinessType
    }

    mutating func learn(businessType: String, minutes: Double) {
        if let previous = minutesByBusinessType[businessType] {
            minutesByBusinessType[businessType] = ServiceTimes.weight * minutes + (1 - ServiceTimes.weight) * previous
        } else {
            minutesByBusinessType[businessType] = minutes
        }
    }
}
