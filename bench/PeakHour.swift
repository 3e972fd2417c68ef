import Foundation
import HallDomain
import HallStore

/// The appends of a hall's busiest hour, taken from the seeds' busiest hall on its busiest
/// day: the `peak-busiest` scenario (乐从营业厅·高峰日, seeds/scenarios/peak-busiest.toml)
/// played through `HallSimulator` with the guide at the door, as `halldesk simulate
/// --scenario peak-busiest --guide on` plays it (seed 1). Each action of the day is one
/// append of its events, as a terminal's command is; the appends are counted by hour
/// since opening, and the busiest hour is the bureau load's rate and its appends are the
/// records the load writes.
struct PeakHour {
    /// The busiest hour's appends, in order, each one command's records.
    let appends: [[NewRecord]]
    /// Which hour after opening (0-based) it was, and how many customers the scenario sends then.
    let hour: Int
    let arrivals: Int
    let scenario: String

    var appendsPerSecond: Double { Double(appends.count) / 3600 }

    static func busiest(seeds: URL) throws -> PeakHour {
        var catalog = try SeedCatalog.load(folder: seeds)
        let scenario = try SeedScenario.load(SeedScenario.locate("peak-busiest", seeds: seeds), timeZone: catalog.hall.timeZone)
        let arrivals = try ArrivalGenerator.day(scenario, catalog: catalog, seed: 1)
        let policy = SimulationPolicy(guide: true, prefill: false, counters: scenario.counters, priority: true)
        // The simulator's own run staffs the day's counters (the scenario opens more than the
        // seeds define); the same day played again at a desk that keeps its actions apart.
        catalog.counters = try HallSimulator.run(arrivals, scenario: scenario, policy: policy, catalog: catalog).counters
        var desk = ActionDesk(InMemoryDesk(catalog: catalog))
        _ = try HallSimulator.play(arrivals, scenario: scenario, policy: policy, catalog: catalog, on: &desk)
        let byHour = Dictionary(grouping: desk.actions, by: { Int($0.time.timeIntervalSince(scenario.opening) / 3600) })
        guard let (hour, busiest) = byHour.max(by: { $0.value.count < $1.value.count }) else {
            throw BenchFailure("the peak-busiest scenario's day recorded nothing")
        }
        let customers = hour < scenario.arrivalsPerHour.count ? Int(scenario.arrivalsPerHour[hour]) : 0
        return PeakHour(appends: busiest.map { $0.records }, hour: hour, arrivals: customers, scenario: scenario.name)
    }
}

/// The simulator's own desk, keeping each action's events together as the records of one
/// append: what a terminal's command writes.
private struct ActionDesk: SimulationDesk {
    private var desk: InMemoryDesk
    private(set) var actions: [(time: Date, records: [NewRecord])] = []

    init(_ desk: InMemoryDesk) { self.desk = desk }

    var state: HallState { desk.state }
    var passesOverRefusals: Bool { desk.passesOverRefusals }

    mutating func advance(to time: Date) throws(SimulationError) -> Bool { desk.advance(to: time) }

    mutating func act(_ command: HallCommand, by actor: StaffMember, at time: Date) throws(DeskFailure) -> [Event] {
        let events = try desk.act(command, by: actor, at: time)
        let records = events.map { event in
            let encoded = EventCodec.encode(event)
            return NewRecord(actor: actor.id, terminal: "tty-\(actor.id)", type: encoded.type, version: encoded.version,
                             body: encoded.body, timestamp: time)
        }
        if !records.isEmpty { actions.append((time, records)) }
        return events
    }
}
