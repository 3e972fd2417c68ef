extension WaitStatistics {
    /// The middle value (the mean of the two middle ones for an even count): a typical
    /// lateness or service time that one very long case cannot drag the way it drags a mean.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
