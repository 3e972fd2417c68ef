/// Typical service minutes per business type, learned from finished services and kept
/// from one business day to the next.
///
/// Each business type keeps its newest services overall and, separately, per local hour of
/// the day the service started, because the same business takes longer in the crowded
/// late morning than at a quiet opening. An hour's figure is used once it rests on
/// `hourMinimum` services; before that the type's own figure, once it rests on
/// `typeMinimum`; before that the catalog's `serviceMinutes` stands in (see
/// `WaitEstimator.typicalMinutes`).
public struct ServiceTimes: Sendable, Equatable, Codable {
    public static let hourMinimum = 8
    public static let typeMinimum = 3

    /// By business type code.
    public var byBusinessType: [String: RecentSamples]
    /// By business type code and local hour (0–23).
    public var byHour: [String: [Int: RecentSamples]]

    public init(byBusinessType: [String: RecentSamples] = [:], byHour: [String: [Int: RecentSamples]] = [:]) {
        self.byBusinessType = byBusinessType
        self.byHour = byHour
    }

    /// The learned figure for a business type in a local hour, or nil while the data is too thin.
    public func typicalMinutes(_ businessType: String, hour: Int?) -> Double? {
        if let hour, let samples = byHour[businessType]?[hour], samples.count >= Self.hourMinimum {
            return samples.trimmedMean
        }
        if let samples = byBusinessType[businessType], samples.count >= Self.typeMinimum {
            return samples.trimmedMean
        }
        return nil
    }

    mutating func learn(businessType: String, minutes: Double, hour: Int?) {
        byBusinessType[businessType, default: RecentSamples()].add(minutes)
        if let hour { byHour[businessType, default: [:]][hour, default: RecentSamples()].add(minutes) }
    }
}
