import XCTest
@testable import HallDomain

/// The hall side of the monthly report over two days told by hand: 5 November (an
/// ordinary day) and 23 November (a peak day). Expected figures are counted from the story.
final class PeriodReportHallTests: XCTestCase {
    private static func issued(_ day: String, _ number: String, _ queue: String, _ type: String, expected: Double,
                               phone: String? = nil) -> Event {
        .slipIssued(SlipIssued(number: number, queue: queue, businessDay: day, utcOffsetSeconds: 28_800, businessType: type,
                               customerKind: .residential, priority: nil, override: nil, phone: phone,
                               estimate: WaitEstimate(method: "test", peopleAhead: 0, expectedMinutes: expected, lowMinutes: 0,
                                                      highMinutes: 0, basis: .openCounters)))
    }

    private static func turnedAway(_ day: String, _ type: String, phone: String?) -> Event {
        .visitTurnedAway(VisitTurnedAway(businessDay: day, utcOffsetSeconds: 28_800, businessType: type, customerKind: .residential,
                                         missingDocuments: ["房产证明"], formsToBring: [], phone: phone))
    }

    private var story: ReportStory {
        var story = ReportStory()
        let day1 = "2026-11-05", day2 = "2026-11-23"
        story.at("2026-10-31 16:00", Self.issued("2026-10-31", "A001", "A", "DF", expected: 0))
        story.at("\(day1) 09:00", Self.issued(day1, "A001", "A", "DF", expected: 10))
        story.at("\(day1) 09:05", Self.issued(day1, "A002", "A", "DF", expected: 5))
        story.at("\(day1) 09:08", .slipCalled(SlipCalled(businessDay: day1, slip: "A001", counter: 1, clerk: "C01", reason: "")))
        story.at("\(day1) 09:09", .serviceStarted(ServiceStarted(businessDay: day1, slip: "A001", counter: 1, clerk: "C01")))
        story.at("\(day1) 09:10", .doorEnquiryAnswered(DoorEnquiryAnswered(businessDay: day1, utcOffsetSeconds: 28_800,
                                                                             businessType: "ZX", customerKind: nil)))
        story.at("\(day1) 09:15", .serviceFinished(ServiceFinished(businessDay: day1, slip: "A001", counter: 1, clerk: "C01")))
        story.at("\(day1) 09:20", Self.turnedAway(day1, "JMXZ", phone: "13800138000"))
        story.at("\(day1) 09:30", .slipCalled(SlipCalled(businessDay: day1, slip: "A002", counter: 2, clerk: "C02", reason: "")))
        story.at("\(day1) 09:40", .serviceFinished(ServiceFinished(businessDay: day1, slip: "A002", counter: 2, clerk: "C02")))
        // The customer turned away on the 5th comes back with everything on the 23rd.
        story.at("\(day2) 10:00", Self.issued(day2, "B001", "B", "JMXZ", expected: 0, phone: "13800138000"))
        story.at("\(day2) 10:03", .slipCalled(SlipCalled(businessDay: day2, slip: "B001", counter: 1, clerk: "C01", reason: "")))
        story.at("\(day2) 10:05", Self.issued(day2, "B002", "B", "FJMXZ", expected: 20))
        story.at("\(day2) 10:05", .slipMarkedNoShow(SlipMarkedNoShow(businessDay: day2, slip: "B001", counter: 1, clerk: "C01")))
        story.at("\(day2) 10:10", .slipReinstated(SlipReinstated(businessDay: day2, slip: "B001")))
        story.at("\(day2) 10:12", .slipCalled(SlipCalled(businessDay: day2, slip: "B001", counter: 1, clerk: "C01", reason: "")))
        story.at("\(day2) 10:13", .serviceStarted(ServiceStarted(businessDay: day2, slip: "B001", counter: 1, clerk: "C01")))
        story.at("\(day2) 10:25", .serviceFinished(ServiceFinished(businessDay: day2, slip: "B001", counter: 1, clerk: "C01")))
        story.at("\(day2) 10:30", Self.turnedAway(day2, "FJMXZ", phone: nil))
        story.at("\(day2) 10:50", .slipCalled(SlipCalled(businessDay: day2, slip: "B002", counter: 2, clerk: "C02", reason: "")))
        story.at("\(day2) 10:52", .slipMarkedNoShow(SlipMarkedNoShow(businessDay: day2, slip: "B002", counter: 2, clerk: "C02")))
        story.at("2026-12-01 09:00", Self.issued("2026-12-01", "A001", "A", "DF", expected: 0))
        return story
    }

    func testTheMonthOnOneLine() {
        let hall = story.report().hall
        // Waits 8, 25, 3 (the first call counts, not the call after the no-show) and 45.
        XCTAssertEqual(hall.total, HallRow(label: "合计", slipsIssued: 4, doorAnswered: 1, turnedAway: 2, cameBack: 1, served: 3,
                                           noShows: 1, wait: WaitFigures(waits: [8, 25, 3, 45], targetMinutes: 15)))
        XCTAssertEqual(hall.total.wait.averageMinutes, 20.25)
        XCTAssertEqual(hall.total.wait.p90Minutes, 45)
        XCTAssertEqual(hall.total.wait.maxMinutes, 45)
        XCTAssertEqual(hall.total.wait.withinTarget, 0.5)
        XCTAssertEqual(hall.waitTargetMinutes, 15)
    }

    func testEachDayAndHourAndThePeakDaysAgainstTheRest() {
        let hall = story.report().hall
        let ordinary = HallRow(label: "2026-11-05", slipsIssued: 2, doorAnswered: 1, turnedAway: 1, cameBack: 1, served: 2, noShows: 0,
                               wait: WaitFigures(waits: [8, 25], targetMinutes: 15))
        let peak = HallRow(label: "2026-11-23", slipsIssued: 2, doorAnswered: 0, turnedAway: 1, cameBack: 0, served: 1, noShows: 1,
                           wait: WaitFigures(waits: [3, 45], targetMinutes: 15))
        XCTAssertEqual(hall.days, [ordinary, peak])
        XCTAssertEqual(hall.days[0].wait.averageMinutes, 16.5)
        XCTAssertEqual(hall.hours.map(\.label), ["09", "10"])
        XCTAssertEqual(hall.hours.map(\.slipsIssued), [2, 2])
        XCTAssertEqual(hall.hours.map(\.turnedAway), [1, 1])
        XCTAssertEqual(hall.peak.label, "高峰日")
        XCTAssertEqual(hall.peak.wait, peak.wait)
        XCTAssertEqual(hall.peak.noShows, 1)
        XCTAssertEqual(hall.offPeak.wait, ordinary.wait)
        XCTAssertEqual(hall.offPeak.cameBack, 1)
    }

    func testServicesAndTheirMedianTimePerCounterAndClerk() {
        let hall = story.report().hall
        // A001 6 min from start; A002 10 min from its call (no start); B001 12 min from start.
        XCTAssertEqual(hall.counters, [ServiceFigures(label: "1", minutes: [6, 12]), ServiceFigures(label: "2", minutes: [10])])
        XCTAssertEqual(hall.counters.map(\.medianMinutes), [9, 10])
        XCTAssertEqual(hall.clerks.map(\.label), ["C01", "C02"])
        XCTAssertEqual(hall.clerks.map(\.services), [2, 1])
    }

    func testThePrintedEstimateAgainstTheWaitPerQueue() {
        let estimates = story.report().hall.estimates
        // Queue A: told 10 and 5, waited 8 and 25 (errors 2, 20). Queue B: told 0 and 20, waited 3 and 45 (errors 3, 25).
        XCTAssertEqual(estimates, [EstimateFigures(queue: "A", errors: [2, 20]), EstimateFigures(queue: "B", errors: [3, 25])])
        XCTAssertEqual(estimates.map(\.medianAbsoluteErrorMinutes), [11, 14])
        XCTAssertEqual(estimates.map(\.withinFiveMinutes), [0.5, 0.5])
    }

    func testOneDayIsAPeriodToo() {
        let day = ReportPeriod(from: CalendarDay("2026-11-23")!, to: CalendarDay("2026-11-24")!, zone: ReportStory.zone)
        let hall = story.report(day).hall
        XCTAssertEqual(hall.total.slipsIssued, 2)
        XCTAssertEqual(hall.total.cameBack, 0)
        XCTAssertEqual(hall.offPeak.slipsIssued, 0)
    }
}
