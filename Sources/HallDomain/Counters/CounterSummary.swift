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
    /// Minutes today it sat open and empty-handed while one of its queues had someone
    /// waiting, the current stretch included (see `IdleWithCustomers`).
    public var idleWithCustomersMinutes: Double

    public init(number: Int, name: String, state: CounterState, clerk: String?, slipInHand: String?,
                serviceMinutesSoFar: Double?, servedToday: Int, idleWithCustomersMinutes: Double) {
        self.number = number
        self.name = name
        self.state = state
        self.clerk = clerk
        self.slipInHand = slipInHand
        self.serviceMinutesSoFar = serviceMinutesSoFar
        self.servedToday = servedToday
        self.idleWithCustomersMinutes = idleWithCustomersMinutes
    }
}
