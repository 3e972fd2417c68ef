/// What one policy made of a simulated day.
public struct SimulationResult: Sendable, Equatable {
    public var policy: SimulationPolicy
    /// Walk-ins, same-day returns included.
    public var visits: Int
    public var sameDayReturns: Int
    public var doorAnswers: Int
    /// Customers with incomplete documents stopped at the door with a notice.
    public var turnedAwayAtDoor: Int
    public var slips: Int
    /// Services finished with complete documents.
    public var served: Int
    /// Customers who queued and learnt at the counter that a document was missing.
    public var incompleteAtCounter: Int
    public var noShows: Int
    public var waits: SimulatedWaits
    /// Counter minutes spent finding documents missing.
    public var wastedCounterMinutes: Double
    /// Counter minutes those stopped at the door would have cost (the visits the guide saves).
    public var savedCounterMinutes: Double
    /// Share of the counters' time spent serving or calling absent customers, from opening
    /// until the last service ends.
    public var utilisation: Double
    /// Minutes after opening when the last service ends (past closing if the queue is long).
    public var lastServiceEnd: Double
    /// Each hour of arrivals beside Erlang C's staffing for it.
    public var hours: [HourStaffing]
    /// The waits of the slips given at an appointment's check-in; nil when nobody booked.
    public var appointmentWaits: SimulatedWaits?

    public init(policy: SimulationPolicy, visits: Int, sameDayReturns: Int, doorAnswers: Int, turnedAwayAtDoor: Int,
                slips: Int, served: Int, incompleteAtCounter: Int, noShows: Int, waits: SimulatedWaits,
                wastedCounterMinutes: Double, savedCounterMinutes: Double, utilisation: Double, lastServiceEnd: Double,
                hours: [HourStaffing], appointmentWaits: SimulatedWaits? = nil) {
        self.policy = policy
        self.visits = visits
        self.sameDayReturns = sameDayReturns
        self.doorAnswers = doorAnswers
        self.turnedAwayAtDoor = turnedAwayAtDoor
        self.slips = slips
        self.served = served
        self.incompleteAtCounter = incompleteAtCounter
        self.noShows = noShows
        self.waits = waits
        self.wastedCounterMinutes = wastedCounterMinutes
        self.savedCounterMinutes = savedCounterMinutes
        self.utilisation = utilisation
        self.lastServiceEnd = lastServiceEnd
        self.hours = hours
        self.appointmentWaits = appointmentWaits
    }
}
