/// The switches a manager can change for a day: what `--compare` varies with the customers
/// held fixed.
public struct SimulationPolicy: Sendable, Equatable, Hashable {
    /// A guide at the door answers quick questions without a slip and turns away customers
    /// whose documents are incomplete before they queue.
    public var guide: Bool
    /// Forms are filled in while waiting, which shortens the service.
    public var prefill: Bool
    public var counters: Int
    /// Priority customers are issued priority slips (the hall's fairness rule applies).
    public var priority: Bool
    /// Share (0–1) of the customers with a business to do who booked an appointment (预约)
    /// for the moment they arrive: they are booked and checked in through the real book, so
    /// their slips wait with appointment priority under the fairness rule. The same
    /// customers book under every policy (`SimulatedDay.hasAppointment`); 0 books none.
    public var appointmentShare: Double

    public init(guide: Bool, prefill: Bool, counters: Int, priority: Bool, appointmentShare: Double = 0) {
        self.guide = guide
        self.prefill = prefill
        self.counters = counters
        self.priority = priority
        self.appointmentShare = appointmentShare
    }
}
