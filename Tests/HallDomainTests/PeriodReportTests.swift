import Foundation
import XCTest
@testable import HallDomain

/// A log written by hand for the report: each event at a local Shanghai time, in order.
struct ReportStory {
    static let zone = TimeZone(identifier: "Asia/Shanghai")!
    static let november = ReportPeriod.month(year: 2026, month: 11, zone: zone)!
    private(set) var log: [RecordedEvent] = []

    /// `2026-11-23 09:00` as an instant in Shanghai.
    static func time(_ text: String) -> Date { HallFixture.shanghai(text) }

    /// The same instant as due times are stored in event bodies.
    static func utc(_ text: String) -> String { InstantText.text(time(text)) }

    mutating func at(_ time: String, _ event: Event, by actor: String = "K01") {
        log.append(RecordedEvent(seq: log.count + 1, timestamp: time, time: Self.time(time), actor: actor, terminal: "t1",
                                 event: event))
    }

    mutating func at(_ time: String, _ event: WorkOrderEvent) { at(time, .workOrder(event)) }

    func report(_ period: ReportPeriod = ReportStory.november, department: String? = nil, previous: PeriodReport? = nil,
                waitTarget: Int = 15, asOf: Date = .distantFuture) -> PeriodReport {
        var fold = PeriodReportFold(period: period, waitTargetMinutes: waitTarget, department: department)
        for event in log { fold.add(event) }
        return fold.report(previous: previous, asOf: asOf)
    }
}

final class PeriodReportTests: XCTestCase {
    func testAMonthRunsFromItsFirstLocalMidnightToTheNextMonths() {
        let november = ReportStory.november
        XCTAssertEqual(november.start, ReportStory.time("2026-11-01 00:00"))
        XCTAssertEqual(november.end, ReportStory.time("2026-12-01 00:00"))
        XCTAssertTrue(november.contains(ReportStory.time("2026-11-30 23:59")))
        XCTAssertFalse(november.contains(ReportStory.time("2026-12-01 00:00")))
        XCTAssertEqual(november.chineseText, "2026-11-01 至 2026-11-30")
    }

    func testTheMonthBeforeAMonthIsTheWholeMonthAndAnyOtherPeriodTheDaysJustBefore() {
        let october = ReportStory.november.previous
        XCTAssertEqual(october.from.description, "2026-10-01")
        XCTAssertEqual(october.to.description, "2026-11-01")
        let week = ReportPeriod(from: CalendarDay("2026-11-21")!, to: CalendarDay("2026-11-27")!, zone: ReportStory.zone)
        XCTAssertEqual(week.previous.from.description, "2026-11-15")
        XCTAssertEqual(week.previous.to.description, "2026-11-21")
    }

    func testTheReportSaysWhatItReadAndCountsNothingFromAfterThePeriod() {
        var story = ReportStory()
        story.at("2026-11-30 23:30", .doorEnquiryAnswered(DoorEnquiryAnswered(businessDay: "2026-11-30", utcOffsetSeconds: 28_800,
                                                                                businessType: "DF", customerKind: nil)))
        story.at("2026-12-01 08:30", .doorEnquiryAnswered(DoorEnquiryAnswered(businessDay: "2026-12-01", utcOffsetSeconds: 28_800,
                                                                                businessType: "DF", customerKind: nil)))
        let report = story.report()
        XCTAssertEqual(report.from, "2026-11-01")
        XCTAssertEqual(report.through, "2026-11-30")
        XCTAssertEqual(report.eventsRead, 2)
        XCTAssertEqual(report.lastSeq, 2)
        XCTAssertEqual(report.hall.total.doorAnswered, 1)
        XCTAssertEqual(report.hall.days.map(\.label), ["2026-11-30"])
        XCTAssertEqual(report.hall.hours.map(\.label), ["23"])
    }
}
