/// The expected wait told to a customer, as printed on the slip and kept in its event.
public struct WaitEstimate: Sendable, Equatable, Codable {
    /// The method that produced it, so estimates from different versions can be told apart
    /// when their error is measured.
    public var method: String
    public var peopleAhead: Int
    /// The point estimate, rounded to a tenth of a minute so the log's bytes are stable.
    public var expectedMinutes: Double
    /// The range shown, in 5-minute steps (see `init(method:peopleAhead:expectedMinutes:rangeFrom:to:basis:)`).
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

    /// The estimate with the range shown widened to 5-minute steps around `low`…`high`:
    /// down for the low end, up for the high one, so the slip promises nothing finer than
    /// the method knows.
    public init(method: String, peopleAhead: Int, expectedMinutes: Double, rangeFrom low: Double, to high: Double,
                basis: CounterBasis) {
        self.init(method: method, peopleAhead: peopleAhead, expectedMinutes: expectedMinutes,
                  lowMinutes: Int((low / 5).rounded(.down)) * 5, highMinutes: Int((high / 5).rounded(.up)) * 5, basis: basis)
    }

    /// `约 10–15 分钟`, or `无需等候` when nobody is ahead and nothing is in progress; when
    /// no open counter serves the queue, that instead of a figure nobody could keep.
    public var chineseText: String {
        if basis == .noOpenCounterServes { return "暂无开放窗口办理" }
        return highMinutes == 0 ? "无需等候" : "约 \(lowMinutes)–\(highMinutes) 分钟"
    }
}

extension WaitEstimate {
    /// The estimate in a `slipIssued` body, for `SlipIssued.read`.
    static func read(_ reader: inout BodyReader) -> WaitEstimate? {
        var method: String?, peopleAhead: Int?, expectedMinutes: Double?, lowMinutes: Int?, highMinutes: Int?, basis: CounterBasis?
        guard reader.object({ reader, key in
            if key == "method" { return reader.once(&method) { $0.string() } }
            if key == "peopleAhead" { return reader.once(&peopleAhead) { $0.integer() } }
            if key == "expectedMinutes" { return reader.once(&expectedMinutes) { $0.double() } }
            if key == "lowMinutes" { return reader.once(&lowMinutes) { $0.integer() } }
            if key == "highMinutes" { return reader.once(&highMinutes) { $0.integer() } }
            if key == "basis" { return reader.once(&basis) { $0.raw(CounterBasis.self) } }
            return false
        }), let method, let peopleAhead, let expectedMinutes, let lowMinutes, let highMinutes, let basis else { return nil }
        return WaitEstimate(method: method, peopleAhead: peopleAhead, expectedMinutes: expectedMinutes,
                            lowMinutes: lowMinutes, highMinutes: highMinutes, basis: basis)
    }
}
