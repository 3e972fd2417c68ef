/// One counter on the manager's panel and the clerk's screen.
public struct CounterSummary: Sendable, Equatable {
    public var number: Int
    public var name: String
    public var state: CounterState
    public var clerk: String?
    public var slipInHand: String?
    /// Minutes since the slip in hand was started (or called, if not started yet).
    public var serviceMinutesSoFar: Double?
    public var servedToday: Int

    public init(number: Int, name: String, state: CounterState, clerk: String?, slipInHand: String?,
                serviceMinutesSoFar: Double?, servedToday: Int) {
        self.number = number
        self.name = name
        self.state = state
        self.clerk = clerk
        self.slipInHand = slipInHand
        self.serviceMinutesSoFar = serviceMinutesSoFar
        self.servedToday = servedToday
    }
}
