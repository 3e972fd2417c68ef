import Foundation
@testable import HallDomain

/// Scenarios over the stories' small hall (`HallFixture.catalog`: queue A on counters 1
/// and 2, queue B on counter 2), for the simulator's tests.
enum SimulationFixture {
    static let opening = HallFixture.shanghai("2026-11-23 08:30")

    /// A busy morning with every kind of customer the simulator knows.
    static let busy = SimulationScenario(
        name: "测试高峰", opening: opening, counters: 2, arrivalsPerHour: [24, 30, 24, 18], businessMix: ["DF": 6, "FP": 2, "JMXZ": 1],
        residentialShare: 0.8, doorEnquiryShare: 0.2, doorEnquiryBusinessType: "ZX", doorEnquiryMinutes: 1,
        incompleteDocumentsShare: 0.25, discoveryMinutes: 3, sameDayReturnShare: 0.5, returnDelayMinutes: 60,
        noShowShare: 0.05, recallIntervalMinutes: 0.5, careShare: 0.05, greenChannelShare: 0.02, serviceDispersion: 0.5,
        prefillFactor: 0.7
    )

    static func policy(guide: Bool, prefill: Bool = false, counters: Int = 2, priority: Bool = true) -> SimulationPolicy {
        SimulationPolicy(guide: guide, prefill: prefill, counters: counters, priority: priority)
    }

    static func run(_ policy: SimulationPolicy, scenario: SimulationScenario = busy, seed: UInt64 = 7) throws -> HallSimulator.Run {
        let arrivals = try ArrivalGenerator.day(scenario, catalog: HallFixture.catalog, seed: seed)
        return try HallSimulator.run(arrivals, scenario: scenario, policy: policy, catalog: HallFixture.catalog)
    }
}
