import Foundation
import XCTest
import HallDomain
import HallStore

/// The evidence the default predictor was chosen on: the shipped peak scenario, played
/// through the real rules without a guide, then every predictor asked at every slip's issue
/// what it would have said. `halldesk simulate --log DIR` and `predict evaluate --log DIR`
/// show the same on the command line.
final class PredictorEvidenceTests: XCTestCase {
    func testOnASimulatedPeakDayTheDefaultBeatsThePositionRule() throws {
        let catalog = try SeedCatalog.load(folder: Checkout.seeds)
        let scenario = try SeedScenario.load(SeedScenario.locate("peak-busiest", seeds: Checkout.seeds), timeZone: catalog.hall.timeZone)
        let arrivals = try ArrivalGenerator.day(scenario, catalog: catalog, seed: 1)
        let policy = SimulationPolicy(guide: false, prefill: false, counters: scenario.counters, priority: true)
        let run = try HallSimulator.run(arrivals, scenario: scenario, policy: policy, catalog: catalog)
        var evaluation = PredictionEvaluation(predictors: WaitPredictors.all, catalog: catalog)
        for recorded in run.log { evaluation.add(recorded) }
        let overall = Dictionary(uniqueKeysWithValues: evaluation.figures.filter { $0.queue == nil }.map { ($0.method, $0) })
        let position = try XCTUnwrap(overall[PositionPredictor.method]?.medianAbsoluteErrorMinutes)
        let chosen = try XCTUnwrap(overall[WaitPredictors.default.method]?.medianAbsoluteErrorMinutes)
        let best = overall.values.compactMap(\.medianAbsoluteErrorMinutes).min()
        XCTAssertGreaterThan(overall[PositionPredictor.method]?.slips ?? 0, 300, "a peak day's worth of called slips")
        XCTAssertLessThan(chosen, position, "\(evaluation.figures)")
        XCTAssertEqual(chosen, best, "the default is the best of the three: \(evaluation.figures)")
    }
}
