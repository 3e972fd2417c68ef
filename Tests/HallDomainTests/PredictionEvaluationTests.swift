import XCTest
@testable import HallDomain

/// Predictors replayed over a morning whose waits are known, their errors counted by hand.
final class PredictionEvaluationTests: XCTestCase {
    func testTheBusinessTypeRuleBeatsThePositionRuleOnQuickPayments() throws {
        var hall = HallStory()
        hall.at("2026-11-23 08:59")
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        hall.at("2026-11-23 09:00")
        for _ in 0..<3 {
            try hall.run(.issueSlip(businessType: "DF", customerKind: .residential, presented: ["户号"], priority: nil, override: nil, phone: nil))
        }
        for (call, finish) in [("09:01", "09:05"), ("09:05", "09:09"), ("09:09", "09:12")] {
            hall.at("2026-11-23 " + call)
            try hall.run(.callNext(counter: 1), by: HallFixture.clerk1)
            try hall.run(.startService(counter: 1), by: HallFixture.clerk1)
            hall.at("2026-11-23 " + finish)
            try hall.run(.finishService(counter: 1), by: HallFixture.clerk1)
        }
        var evaluation = PredictionEvaluation(predictors: [PositionPredictor(), BusinessTypePredictor()], catalog: HallFixture.catalog)
        for recorded in hall.log { evaluation.add(recorded) }
        let overall = evaluation.figures.filter { $0.queue == nil }
        // Waits 1, 5, 9 minutes. Position: 0, 11.8 (one ahead at the average 11.8), 23.6 →
        // errors −1, 6.8, 14.6. Business type: 0, 4, 8 (payments take 4) → −1, −1, −1.
        XCTAssertEqual(overall.map(\.method), [PositionPredictor.method, WaitEstimator.method])
        XCTAssertEqual(overall.map(\.slips), [3, 3])
        XCTAssertEqual(overall[0].medianAbsoluteErrorMinutes ?? -1, 6.8, accuracy: 0.001)
        XCTAssertEqual(overall[0].withinFiveMinutes ?? -1, 1.0 / 3, accuracy: 0.001)
        XCTAssertEqual(overall[0].meanErrorMinutes ?? -1, (-1 + 6.8 + 14.6) / 3, accuracy: 0.001)
        XCTAssertEqual(overall[1].medianAbsoluteErrorMinutes ?? -1, 1, accuracy: 0.001)
        XCTAssertEqual(overall[1].withinFiveMinutes, 1)
        XCTAssertEqual(evaluation.figures.filter { $0.queue == "A" }.map(\.slips), [3, 3])
        let today = EstimateFigures.today(hall.state.today)
        var printed = PredictionEvaluation(predictors: [WaitPredictors.default], catalog: HallFixture.catalog)
        for recorded in hall.log { printed.add(recorded) }
        XCTAssertEqual(today.map(\.queue), ["A"])
        XCTAssertEqual(today.map(\.slips), [3])
        XCTAssertEqual(today.map(\.medianAbsoluteErrorMinutes), [printed.figures[0].medianAbsoluteErrorMinutes],
                       "the manager's line measures what the slips printed: the default predictor's figures")
    }

    func testASlipNeverCalledHasNoErrorYet() throws {
        var hall = HallStory()
        try hall.run(.issueSlip(businessType: "DF", customerKind: .residential, presented: ["户号"], priority: nil, override: nil, phone: nil))
        var evaluation = PredictionEvaluation(predictors: [PositionPredictor()], catalog: HallFixture.catalog)
        for recorded in hall.log { evaluation.add(recorded) }
        XCTAssertEqual(evaluation.figures.first?.slips, 0)
        XCTAssertNil(evaluation.figures.first?.medianAbsoluteErrorMinutes)
    }
}
