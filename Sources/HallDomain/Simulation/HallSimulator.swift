import Foundation

/// A hall day played through the real `decide` and `evolve`: the guide's choices at the
/// door, the counters' calls under the hall's fairness rule, re-calls and no-shows are the
/// same rules a live day runs on, so the simulated waits come from the code customers meet
/// and the day can be written out as a real event log.
public enum HallSimulator {
    /// A run's figures, the events it decided, in order, and the counters it staffed (a
    /// data folder the log is written to needs the extra ones to show them).
    public struct Run: Sendable {
        public var result: SimulationResult
        public var log: [RecordedEvent]
        public var counters: [CounterDefinition]
    }

    public static func run(_ arrivals: [SimulatedArrival], scenario: SimulationScenario, policy: SimulationPolicy,
                           catalog: Catalog) throws(SimulationError) -> Run {
        let staffed = try SimulatedCounters.staff(catalog, policy: policy, arrivals: arrivals)
        var day = SimulatedDay(arrivals: arrivals, scenario: scenario, policy: policy, catalog: staffed, desk: InMemoryDesk(catalog: staffed))
        try day.play()
        return Run(result: day.result, log: day.desk.log, counters: day.counters)
    }

    /// The same day played at another desk (the demo's, on a real log), until its agenda
    /// ends or the desk stops it; the figures of what was played.
    public static func play<Desk: SimulationDesk>(_ arrivals: [SimulatedArrival], scenario: SimulationScenario, policy: SimulationPolicy,
                                                  catalog: Catalog, on desk: inout Desk) throws(SimulationError) -> SimulationResult {
        let staffed = try SimulatedCounters.staff(catalog, policy: policy, arrivals: arrivals)
        var day = SimulatedDay(arrivals: arrivals, scenario: scenario, policy: policy, catalog: staffed, desk: desk)
        defer { desk = day.desk }
        try day.play()
        return day.result
    }

    /// Every combination of guide off/on and pre-filling off/on, on the same customers.
    public static func compare(_ arrivals: [SimulatedArrival], scenario: SimulationScenario, counters: Int, priority: Bool,
                               appointmentShare: Double = 0, catalog: Catalog) throws(SimulationError) -> [SimulationResult] {
        var results: [SimulationResult] = []
        for guide in [false, true] {
            for prefill in [false, true] {
                let policy = SimulationPolicy(guide: guide, prefill: prefill, counters: counters, priority: priority,
                                              appointmentShare: appointmentShare)
                results.append(try run(arrivals, scenario: scenario, policy: policy, catalog: catalog).result)
            }
        }
        return results
    }
}
