/// Everything a hall is configured with: profile, business types, queues, counters, rules,
/// staff. Loaded from the seeds a data folder was made from; `decide` reads it, never
/// changes it.
public struct Catalog: Sendable, Equatable, Codable {
    public var hall: HallProfile
    public var businessTypes: [BusinessType]
    public var queues: [QueueDefinition]
    public var counters: [CounterDefinition]
    public var rules: QueueRules
    public var roster: Roster

    public init(hall: HallProfile, businessTypes: [BusinessType], queues: [QueueDefinition], counters: [CounterDefinition],
                rules: QueueRules, roster: Roster) {
        self.hall = hall
        self.businessTypes = businessTypes
        self.queues = queues
        self.counters = counters
        self.rules = rules
        self.roster = roster
    }

    public func businessType(code: String) -> BusinessType? {
        businessTypes.first { $0.code == code }
    }

    public func counter(number: Int) -> CounterDefinition? {
        counters.first { $0.number == number }
    }

    public func queue(letter: String) -> QueueDefinition? {
        queues.first { $0.letter == letter }
    }
}
