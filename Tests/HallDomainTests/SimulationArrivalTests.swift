import XCTest
@testable import HallDomain

/// The day generator draws what the scenario says, in the long run.
final class SimulationArrivalTests: XCTestCase {
    func testArrivalsPerHourAndServiceMeansFollowTheScenario() throws {
        var scenario = SimulationFixture.busy
        scenario.arrivalsPerHour = Array(repeating: 30, count: 400)
        let day = try ArrivalGenerator.day(scenario, catalog: HallFixture.catalog, seed: 11)
        XCTAssertEqual(Double(day.count) / 400, 30, accuracy: 0.6)
        XCTAssertEqual(Double(day.count(where: \.answerableAtDoor)) / Double(day.count), 0.2, accuracy: 0.01)
        let payments = day.filter { $0.businessType == "DF" }
        XCTAssertEqual(payments.map(\.serviceMinutes).reduce(0, +) / Double(payments.count), 4, accuracy: 0.08)
        let checked = payments.filter { !$0.answerableAtDoor }
        XCTAssertEqual(Double(checked.count { !$0.documentsComplete }) / Double(checked.count), 0.25, accuracy: 0.015)
        XCTAssertTrue(day.filter { $0.businessType == "FJMXZ" }.allSatisfy { $0.customerKind == .nonResidential })
        XCTAssertTrue(day.filter { $0.businessType == "FP" }.allSatisfy(\.documentsComplete), "nothing to forget")
    }

    func testAnUnknownBusinessInTheMixIsRefusedInChinese() {
        var scenario = SimulationFixture.busy
        scenario.businessMix["XX"] = 1
        XCTAssertThrowsError(try ArrivalGenerator.day(scenario, catalog: HallFixture.catalog, seed: 1)) { error in
            XCTAssertEqual("\(error)", "情景的业务构成里有 XX，业务目录中没有这个代码")
        }
    }
}
