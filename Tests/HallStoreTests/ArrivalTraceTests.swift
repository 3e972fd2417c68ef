import Foundation
import HallDomain
import HallStore
import XCTest

/// A recorded day's arrivals read against the shipped catalog and the peak scenario
/// (2026-11-23, opening 08:30): columns by name in Chinese or English, every bad row named.
final class ArrivalTraceTests: XCTestCase {
    private func read(_ text: String) throws -> ArrivalTrace {
        let catalog = try SeedCatalog.load(folder: Checkout.seeds)
        let scenario = try SeedScenario.load(SeedScenario.locate("peak-busiest", seeds: Checkout.seeds), timeZone: catalog.hall.timeZone)
        return try ArrivalTrace(bytes: Array(text.utf8), scenario: scenario, catalog: catalog)
    }

    func testARowBecomesACustomerMinutesAfterOpening() throws {
        let trace = try read("""
        业务类型,到达时间,客户类型,资料齐全,门口可答复,办理分钟,优先,过号
        JF,08:45:30,居民,是,否,3.5,老弱病残孕,
        居民新装,9:00,非居民,否,否,12,,是
        zx,10:30,nonResidential,1,是,1,,
        """)
        XCTAssertEqual(trace.problems, [])
        XCTAssertEqual(trace.arrivals, [
            SimulatedArrival(minute: 15.5, businessType: "JF", customerKind: .residential, documentsComplete: true,
                             answerableAtDoor: false, serviceMinutes: 3.5, discoveryMinutes: 3, priority: .care, noShow: false,
                             returnAfterMinutes: nil),
            SimulatedArrival(minute: 30, businessType: "JMXZ", customerKind: .nonResidential, documentsComplete: false,
                             answerableAtDoor: false, serviceMinutes: 12, discoveryMinutes: 3, priority: nil, noShow: true,
                             returnAfterMinutes: nil),
            SimulatedArrival(minute: 120, businessType: "ZX", customerKind: .nonResidential, documentsComplete: true,
                             answerableAtDoor: true, serviceMinutes: 1, discoveryMinutes: 3, priority: nil, noShow: false,
                             returnAfterMinutes: nil),
        ])
    }

    func testEveryProblemOfEveryRowIsListedWithItsLine() throws {
        let trace = try read("""
        arrival,business_type,customer_kind,documents_complete,answerable_at_door,service_minutes
        08:29,JF,居民,是,否,3
        "09:00",JF,居民,是,否,3,多出来的一格

        25:00,ZZS,居民,maybe,否,0
        09:30,,居民,是,否,240
        """)
        XCTAssertEqual(trace.arrivals, [])
        XCTAssertEqual(trace.problems.map(\.line), [2, 3, 5, 6])
        XCTAssertEqual(trace.problems[0].reason, "到达时间 08:29 早于情景的开门时间 08:30；请改情景的 opens_at，或删去这一行")
        XCTAssertTrue(trace.problems[1].reason.contains("本行有 7 列，比表头的 6 列多"), trace.problems[1].reason)
        let third = trace.problems[2].reason
        for part in ["到达时间“25:00”看不懂", "资料齐全“maybe”不认识", "办理分钟“0”应是大于 0", "增值税发票信息变更（ZZS）不办理居民客户"] {
            XCTAssertTrue(third.contains(part), third)
        }
        XCTAssertTrue(trace.problems[3].reason.contains("缺少业务类型"), trace.problems[3].reason)
        XCTAssertTrue(trace.problems[3].reason.contains("办理分钟“240”"), trace.problems[3].reason)
    }

    func testAHeaderOnlyFileIsNoTrace() {
        XCTAssertThrowsError(try read("到达时间,业务类型,客户类型,资料齐全,门口可答复,办理分钟\n")) { error in
            XCTAssertEqual((error as? ImportFailure)?.line, 1)
            XCTAssertTrue((error as? ImportFailure)?.message.contains("没有到达记录") == true, "\(error)")
        }
    }
}
