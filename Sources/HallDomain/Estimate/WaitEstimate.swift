/// The expected wait told to a customer, as printed on the slip and kept in its event.
public struct WaitEstimate: Sendable, Equatable, Codable {
    /// The method that produced it, so estimates from different versions can be told apart
    /// when their error is measured.
    public var method: String
    public var peopleAhead: Int
    /// The point estimate, rounded to a tenth of a minute so the log's bytes are stable.
    public var expectedMinutes: Double
    /// The range shown: 0.8× rounded down and 1.25× rounded up to 5-minute steps.
    public var lowMinutes: Int
    public var highMinutes: Int
    public var basis: CounterBasis

    public init(method: String, peopleAhead: Int, expectedMinutes: Double, lowMinutes: Int, highMinutes: Int, basis: CounterBasis) {
        self.method = method
        self.peopleAhead = peopleAhead
        self.expectedMinutes = expectedMinutes
        self.lowMinutes = lowMinutes
        self.highMinutes = highMinutes
        self.basis = basis
    }

    /// `约 10–15 分钟`, or `无需等候` when nobody is ahead and nothing is in progress.
    public var chineseText: String {
        highMinutes == 0 ? "无需等候" : "约 \(lowMinutes)–\(highMinutes) 分钟"
    }
}
