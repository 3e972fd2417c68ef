import XCTest
@testable import HallDomain

/// The customers' ratings in the month report, per counter and per clerk: 1 号窗口 by
/// C01 rated 非常满意 and 不满意, 2 号窗口 by C02 rated 满意, C02 later at 1 号窗口 满意.
final class PeriodReportRatingTests: XCTestCase {
    private func rated(_ slip: String, _ counter: Int, _ clerk: String, _ rating: ServiceRating) -> Event {
        .serviceRated(ServiceRated(businessDay: "2026-11-05", slip: slip, counter: counter, clerk: clerk, rating: rating, source: .keypad))
    }

    private func finished(_ slip: String, _ counter: Int, _ clerk: String) -> Event {
        .serviceFinished(ServiceFinished(businessDay: "2026-11-05", slip: slip, counter: counter, clerk: clerk))
    }

    func testRatingsAreCountedPerCounterAndClerkWithTheShareSatisfied() {
        var story = ReportStory()
        story.at("2026-11-05 09:10", finished("A001", 1, "C01"))
        story.at("2026-11-05 09:11", rated("A001", 1, "C01", .verySatisfied))
        story.at("2026-11-05 09:20", finished("A002", 1, "C01"))
        story.at("2026-11-05 09:21", rated("A002", 1, "C01", .dissatisfied))
        story.at("2026-11-05 09:30", finished("A003", 2, "C02"))
        story.at("2026-11-05 09:31", rated("A003", 2, "C02", .satisfied))
        story.at("2026-11-05 14:00", finished("A004", 1, "C02"))
        story.at("2026-11-05 14:01", rated("A004", 1, "C02", .satisfied))
        story.at("2026-12-01 09:01", .serviceRated(ServiceRated(businessDay: "2026-12-01", slip: "A001", counter: 1, clerk: "C01",
                                                                rating: .dissatisfied, source: .clerk)))
        let hall = story.report().hall
        XCTAssertEqual(hall.counters.map(\.label), ["1", "2"])
        XCTAssertEqual(hall.counters.map { [$0.verySatisfied, $0.satisfied, $0.dissatisfied] }, [[1, 1, 1], [0, 1, 0]])
        XCTAssertEqual(hall.clerks.map(\.label), ["C01", "C02"])
        XCTAssertEqual(hall.clerks.map { [$0.verySatisfied, $0.satisfied, $0.dissatisfied] }, [[1, 0, 1], [0, 2, 0]])
        XCTAssertEqual(hall.clerks.map(\.satisfiedShare), [0.5, 1])
        let table = ReportTables(report: story.report(), names: { _ in nil }).hall.first { $0.file == "clerks" }
        XCTAssertEqual(table?.header, ["工号", "姓名", "办结", "时长中位(分)", "非常满意", "满意", "不满意", "满意率"])
        XCTAssertEqual(table?.rows.first?.suffix(4), ["1", "0", "1", "50%"])
    }
}
