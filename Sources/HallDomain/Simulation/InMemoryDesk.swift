import Foundation

/// The simulator's own desk: `decide` and `evolve` in memory, every event kept in `log`,
/// no clock to wait for.
public struct InMemoryDesk: SimulationDesk {
    public private(set) var state = HallState.initial
    public private(set) var log: [RecordedEvent] = []
    public var passesOverRefusals: Bool { false }
    private let catalog: Catalog

    /// `catalog` is the one the day staffs: simulated extra counters included.
    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    public func advance(to time: Date) -> Bool { true }

    public mutating func act(_ command: HallCommand, by actor: StaffMember, at time: Date) throws(DeskFailure) -> [Event] {
        let events: [Event]
        do {
            events = try decide(command, state: state, catalog: catalog, actor: actor, now: time)
        } catch {
            throw .refused(error)
        }
        for event in events {
            let recorded = RecordedEvent(seq: state.lastSeq + 1, timestamp: "", time: time, actor: actor.id, terminal: "simulate", event: event)
            state.evolve(by: recorded)
            log.append(recorded)
        }
        return events
    }
}
