import Foundation
import HallDomain
import HallStore

/// The appends of a hall's busiest hour, taken from the seeds' busiest hall on its busiest
/// day: the `peak-busiest` scenario (乐从营业厅·高峰日, seeds/scenarios/peak-busiest.toml)
/// played through `HallSimulator` with the guide at the door, as `halldesk simulate
/// --scenario peak-busiest --guide on` plays it (seed 1). Its events are grouped into the
/// appends the terminals would make (one command's events, same instant and actor, in one
/// append) and counted by hour since opening; the busiest hour is the bureau load's rate
/// and its appends are the records the load writes.
struct PeakHour {
    /// The busiest hour's appends, in order, each one command's records.
    let appends: [[NewRecord]]
    /// Which hour after opening (0-based) it was, and how many customers the scenario sends then.
    let hour: Int
    let arrivals: Int
    let scenario: String

    var appendsPerSecond: Double { Double(appends.count) / 3600 }

    static func busiest(seeds: URL) throws -> PeakHour {
        let catalog = try SeedCatalog.load(folder: seeds)
        let scenario = try SeedScenario.load(SeedScenario.locate("peak-busiest", seeds: seeds), timeZone: catalog.hall.timeZone)
        let arrivals = try ArrivalGenerator.day(scenario, catalog: catalog, seed: 1)
        let policy = SimulationPolicy(guide: true, prefill: false, counters: scenario.counters, priority: true)
        let run = try HallSimulator.run(arrivals, scenario: scenario, policy: policy, catalog: catalog)
        var appends: [(hour: Int, records: [NewRecord])] = []
        var last: RecordedEvent?
        for recorded in run.log {
            let encoded = EventCodec.encode(recorded.event)
            let record = NewRecord(actor: recorded.actor, terminal: recorded.terminal, type: encoded.type,
                                   version: encoded.version, body: encoded.body, timestamp: recorded.time)
            if let last, last.time == recorded.time, last.actor == recorded.actor, last.terminal == recorded.terminal {
                appends[appends.count - 1].records.append(record)
            } else {
                appends.append((Int(recorded.time.timeIntervalSince(scenario.opening) / 3600), [record]))
            }
            last = recorded
        }
        let byHour = Dictionary(grouping: appends, by: { $0.hour })
        guard let (hour, busiest) = byHour.max(by: { $0.value.count < $1.value.count }) else {
            throw BenchFailure("the peak-busiest scenario's day recorded nothing")
        }
        let customers = hour < scenario.arrivalsPerHour.count ? Int(scenario.arrivalsPerHour[hour]) : 0
        return PeakHour(appends: busiest.map { $0.records }, hour: hour, arrivals: customers, scenario: scenario.name)
    }
}
