import XCTest
@testable import HallDomain

/// The simulator and Erlang C check each other: one queue, steady Poisson arrivals, service
/// times with the exponential's mean and spread (log-normal with σ² = ln 2, coefficient of
/// variation 1), nobody turned away or missing. The simulated mean wait over many days
/// must come within 15 % of the formula's.
final class SimulationErlangCrossCheckTests: XCTestCase {
    func testSimulatedMeanWaitMatchesErlangC() throws {
        let arrivalsPerHour = 14.0
        let scenario = SimulationScenario(
            name: "稳态核对", opening: SimulationFixture.opening, counters: 2,
            arrivalsPerHour: Array(repeating: arrivalsPerHour, count: 13), businessMix: ["DF": 1], residentialShare: 1,
            doorEnquiryShare: 0, doorEnquiryBusinessType: "ZX", doorEnquiryMinutes: 1, incompleteDocumentsShare: 0,
            discoveryMinutes: 3, sameDayReturnShare: 0, returnDelayMinutes: 60, noShowShare: 0, recallIntervalMinutes: 0.5,
            careShare: 0, greenChannelShare: 0, serviceDispersion: log(2).squareRoot(), prefillFactor: 1
        )
        var catalog = HallFixture.catalog
        catalog.counters = [CounterDefinition(number: 1, name: "1号窗口", queues: ["A"]),
                            CounterDefinition(number: 2, name: "2号窗口", queues: ["A"])]
        let policy = SimulationPolicy(guide: false, prefill: false, counters: 2, priority: false)
        var total = 0.0
        var count = 0
        for seed in 1...30 {
            let arrivals = try ArrivalGenerator.day(scenario, catalog: catalog, seed: UInt64(seed))
            let waits = try HallSimulator.run(arrivals, scenario: scenario, policy: policy, catalog: catalog).result.waits
            total += waits.average * Double(waits.count)
            count += waits.count
        }
        let simulated = total / Double(count)
        let model = ErlangC(arrivalRate: arrivalsPerHour / 60, serviceRate: 1.0 / 4, counters: 2)
        XCTAssertGreaterThan(count, 5000)
        XCTAssertEqual(simulated, model.meanWaitMinutes, accuracy: 0.15 * model.meanWaitMinutes,
                       "simulated \(simulated) min, Erlang C \(model.meanWaitMinutes) min")
    }
}
