/// The deadlines of one kind of order, from `seeds/deadlines.toml`. A nil clock means the
/// kind has no such deadline (a praise needs no repair crew).
public struct KindDeadlines: Sendable, Equatable {
    public var firstContact: DeadlineClock?
    public var reply: DeadlineClock?
    /// Fault repair: arrival on site, by how far out the customer is.
    public var arrival: [AreaType: DeadlineClock]

    public init(firstContact: DeadlineClock? = nil, reply: DeadlineClock? = nil, arrival: [AreaType: DeadlineClock] = [:]) {
        self.firstContact = firstContact
        self.reply = reply
        self.arrival = arrival
    }
}
