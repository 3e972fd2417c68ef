import Foundation
import Glibc
import HallDomain
@testable import HallStore
import XCTest

/// A month's report starts from the checkpoint left beside the log before it, and reads
/// the same as a full read of the log — every month, a week, a day, one station, one
/// department — also when the log grew after the checkpoint, when a checkpoint's head was
/// forged, and when the folder may not be written.
///
/// The story: four months of a hall (2026-10 to 2027-01), each day a door answer, three
/// slips and an order taken in, dispatched, contacted the next day, replied and reviewed
/// days later (across month ends), some sent back, escalated, ruled on, followed up,
/// closed and linked, one in seven imported weeks after the call centre took it in; an
/// improvement case opened in October and finished in December. Two days go in as one
/// batch, so some month ends fall inside a batch.
final class ReportCheckpointTests: XCTestCase {
    private let zone = TimeZone(identifier: "Asia/Shanghai")!
    private let first = CalendarDay(year: 2026, month: 10, day: 1)!
    private let stations = ["乐从供电所", "北滘供电所"]
    private let departments = ["营销部", "运检部", "计量班"]
    private let categories = ["停电", "电费", "服务态度"]

    private func month(_ year: Int, _ month: Int) -> ReportPeriod { ReportPeriod.month(year: year, month: month, zone: zone)! }

    private var months: [ReportPeriod] { [month(2026, 10), month(2026, 11), month(2026, 12), month(2027, 1)] }

    private func at(_ day: CalendarDay, _ hour: Int, _ minute: Int = 0) -> Date {
        LocalTime(day: day, secondOfDay: Double(hour * 3600 + minute * 60)).instant(in: zone)
    }

    /// A due time as bodies write it (「2026-10-08T08:00:00Z」).
    private func text(_ instant: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")!
        return formatter.string(from: instant)
    }

    private func record(_ event: Event, at time: Date, by actor: String = "K01") -> NewRecord {
        let encoded = EventCodec.encode(event)
        return NewRecord(actor: actor, terminal: "tty-\(actor)", type: encoded.type, version: encoded.version, body: encoded.body,
                         timestamp: time)
    }

    /// Day `index` (0 is 2026-10-01) of the story.
    private func day(_ index: Int) -> [NewRecord] {
        let day = first.adding(days: index)
        let business = day.description
        var records: [NewRecord] = []
        func add(_ event: Event, _ hour: Int, _ minute: Int = 0, by actor: String = "K01") {
            records.append(record(event, at: at(day, hour, minute), by: actor))
        }
        func order(_ event: WorkOrderEvent, _ hour: Int) { add(.workOrder(event), hour) }
        add(.doorEnquiryAnswered(DoorEnquiryAnswered(businessDay: business, utcOffsetSeconds: 28_800, businessType: "JF",
                                                     customerKind: nil)), 9, by: "G01")
        for slip in 1...3 {
            let number = "A00\(slip)"
            let estimate = WaitEstimate(method: "test", peopleAhead: slip - 1, expectedMinutes: Double(5 * slip), lowMinutes: 0,
                                        highMinutes: 10 * slip, basis: .openCounters)
            add(.slipIssued(SlipIssued(number: number, queue: "A", businessDay: business, utcOffsetSeconds: 28_800, businessType: "JF",
                                       customerKind: .residential, priority: nil, override: nil, phone: nil, estimate: estimate)),
                9, slip * 3, by: "G01")
            add(.slipCalled(SlipCalled(businessDay: business, slip: number, counter: slip, clerk: "C0\(slip)", reason: "next")),
                9, 10 + slip * 3 + index % 7, by: "C0\(slip)")
            add(.serviceStarted(ServiceStarted(businessDay: business, slip: number, counter: slip, clerk: "C0\(slip)")),
                9, 11 + slip * 3 + index % 7, by: "C0\(slip)")
            add(.serviceFinished(ServiceFinished(businessDay: business, slip: number, counter: slip, clerk: "C0\(slip)")),
                9, 20 + slip * 3 + index % 5, by: "C0\(slip)")
        }
        let number = "O\(index)"
        let received = at(day, 10)
        let customer = Customer(name: "客户\(index)", phone: nil, accountNumber: nil, address: "东平路 \(index) 号", area: "东平",
                                station: stations[index % 2], areaType: .city, kind: .residential)
        let category = categories[index % 3]
        order(.received(WorkOrderReceived(order: number, kind: index % 4 == 0 ? .complaint : .faultReport, source: .hotline95598,
                                          category: category, major: index % 11 == 0, customer: customer, description: "",
                                          hotlineNumber: nil, firstContactDue: text(received.addingTimeInterval(86_400)),
                                          arrivalDue: nil, replyDue: text(received.addingTimeInterval(Double(index % 13 == 0 ? 50 : 9) * 86_400)),
                                          receivedAt: index % 7 == 3 ? text(received.addingTimeInterval(-20 * 86_400)) : nil,
                                          categoryName: category, repeatOf: index % 9 == 5 ? "O\(index - 4)" : nil)), 10)
        order(.dispatched(WorkOrderDispatched(order: number, leadDepartment: departments[index % 3], supportingDepartments: [])), 10)
        if index >= 1 { order(.contacted(WorkOrderContacted(order: "O\(index - 1)", onSite: false, note: "")), 11) }
        if index >= 3, (index - 3) % 5 == 0 {
            order(.returnRequested(WorkOrderReturnRequested(order: "O\(index - 3)", department: departments[(index - 3) % 3],
                                                            reason: .wrongOwner, note: "")), 13)
        }
        if index >= 5, (index - 5) % 5 == 0 { order(.returnConfirmed(WorkOrderReturnConfirmed(order: "O\(index - 5)")), 13) }
        if index >= 6 {
            let reply = WorkOrderReply(handledAt: "\(business) 12:00", handler: "麦国栋", actions: "上门处理", result: "已处理",
                                       customerFeedback: "接受", utilityAtFault: index % 3 == 0,
                                       faultCause: index % 3 == 0 ? "台区零线断线致过电压" : nil)
            order(.replied(WorkOrderReplied(order: "O\(index - 6)", reply: reply)), 12)
        }
        if index >= 45, index % 13 == 6 {
            // A long-running order (its reply due 50 days on) answered and ruled on a month and a half later.
            let long = "O\(index - 45)"
            order(.contacted(WorkOrderContacted(order: long, onSite: true, note: "")), 11)
            order(.replied(WorkOrderReplied(order: long, reply: WorkOrderReply(handledAt: "\(business) 12:00", handler: "麦国栋",
                                                                             actions: "更换表计", result: "已处理", customerFeedback: "接受",
                                                                             utilityAtFault: true, faultCause: "表计老化"))), 12)
            order(.reviewed(WorkOrderReviewed(order: long, accepted: true, reason: nil)), 14)
            order(.returnRequested(WorkOrderReturnRequested(order: long, department: "计量班", reason: .wrongCategory, note: "")), 15)
        }
        if index >= 52, index % 13 == 0 { order(.returnConfirmed(WorkOrderReturnConfirmed(order: "O\(index - 52)")), 16) }
        if index >= 8 { order(.reviewed(WorkOrderReviewed(order: "O\(index - 8)", accepted: index % 4 != 1, reason: nil)), 14) }
        if index >= 9, index % 6 == 0 {
            order(.escalated(WorkOrderEscalated(order: "O\(index - 9)", level: .departmentHead, reason: .warningPoint)), 15)
        }
        if index >= 10 {
            order(.followedUp(WorkOrderFollowedUp(order: "O\(index - 10)", satisfaction: [.satisfied, .basicallySatisfied, .dissatisfied][index % 3],
                                                  note: "")), 15)
        }
        if index >= 11, index % 4 == 0 {
            order(.responsibilityRuled(ResponsibilityRuled(order: "O\(index - 11)",
                                                           ruling: ResponsibilityRuling(finding: index % 8 == 0 ? .atFault : .notAtFault,
                                                                                        department: nil))), 16)
        }
        if index >= 12 { order(.closed(WorkOrderClosed(order: "O\(index - 12)")), 16) }
        if index >= 2, index % 10 == 0 { order(.linked(WorkOrdersLinked(order: number, other: "O\(index - 2)", reason: .related)), 16) }
        if index == 20 {
            order(.improvementCaseOpened(ImprovementCaseOpened(caseNumber: "G1", rootCause: "台区老化", action: "改造台区",
                                                               ownerDepartment: "运检部", dueDay: "2026-12-20", orders: ["O1", "O2"])), 17)
        }
        if index == 70 { order(.improvementCaseDone(ImprovementCaseDone(caseNumber: "G1", outcome: "已改造")), 17) }
        return records
    }

    /// A data folder whose log holds days [0, days) of the story.
    private func story(days: Int) throws -> URL {
        let folder = try makeTemporaryFolder(self)
        let url = try makeLog(in: folder)
        try append(days: 0..<days, to: url)
        return url
    }

    private func append(days: Range<Int>, to url: URL) throws {
        let log = try openLog(url)
        for start in stride(from: days.lowerBound, to: days.upperBound, by: 2) {
            let batch = (start..<min(start + 2, days.upperBound)).flatMap(day)
            _ = try log.append(batch, expecting: log.head.seq)
        }
    }

    private func folds(_ period: ReportPeriod, station: String? = nil, department: String? = nil) -> [PeriodReportFold] {
        [period.previous, period].map { PeriodReportFold(period: $0, waitTargetMinutes: 15, department: department, station: station) }
    }

    /// The reports on `period` and the period before, read as `report month` reads them.
    private func report(_ url: URL, _ period: ReportPeriod, station: String? = nil, department: String? = nil,
                        whole: Bool = false) throws -> [PeriodReport] {
        var read = folds(period, station: station, department: department)
        if whole {
            try ReportReader.fold(FileEventStore(readingFrom: url), into: &read)
        } else {
            try ReportReader.fold(url, into: &read)
        }
        let asOf = at(CalendarDay(year: 2027, month: 3, day: 1)!, 0)
        let previous = read[0].report(asOf: asOf)
        return [previous, read[1].report(previous: previous, asOf: asOf)]
    }

    /// Every period this test reads: each month, a week and a day, one station, one department.
    private var periods: [(ReportPeriod, String?, String?)] {
        months.map { ($0, nil, nil) } + [
            (ReportPeriod(from: CalendarDay(year: 2026, month: 12, day: 7)!, to: CalendarDay(year: 2026, month: 12, day: 14)!, zone: zone), nil, nil),
            (ReportPeriod(from: CalendarDay(year: 2027, month: 1, day: 15)!, to: CalendarDay(year: 2027, month: 1, day: 16)!, zone: zone), nil, nil),
            (month(2026, 12), "北滘供电所", nil), (month(2027, 1), nil, "营销部"),
        ]
    }

    private func checkEveryPeriodReadsAsTheWholeLog(_ url: URL, _ why: String) throws {
        for (period, station, department) in periods {
            XCTAssertEqual(try report(url, period, station: station, department: department),
                           try report(url, period, station: station, department: department, whole: true),
                           "\(period.chineseText) \(station ?? "") \(department ?? ""): \(why)")
        }
    }

    private func resumesFromACheckpoint(_ url: URL, _ period: ReportPeriod) throws -> Bool {
        ReportReader.resume(folds(period), carrier: nil, store: FileEventStore(readingFrom: url), from: ReportCheckpoints(besideLog: url)).head.seq > 0
    }

    func testEveryMonthWeekAndDayFromTheCheckpointsReadsAsTheWholeLog() throws {
        let url = try story(days: 123)
        try checkEveryPeriodReadsAsTheWholeLog(url, "the first read, which leaves the checkpoints")
        XCTAssertEqual(ReportCheckpoints(besideLog: url).days().map(\.description), ["2027-01-01", "2026-12-01", "2026-11-01"],
                       "one at each month start read past, with records before it")
        XCTAssertTrue(try resumesFromACheckpoint(url, month(2027, 1)))
        XCTAssertTrue(try resumesFromACheckpoint(url, months[2]))
        try checkEveryPeriodReadsAsTheWholeLog(url, "read again from the checkpoints")
        let december = try XCTUnwrap(try report(url, month(2026, 12)).last)
        XCTAssertGreaterThan(december.workOrders.received, 20, "the story has December orders to count")
        XCTAssertGreaterThan(december.workOrders.lateImports, 0, "and late imports")
    }

    func testTheFirstReadLeavesACheckpointAtEveryMonthStartItPasses() throws {
        let url = try story(days: 123)
        XCTAssertEqual(try report(url, month(2027, 1)), try report(url, month(2027, 1), whole: true))
        XCTAssertEqual(ReportCheckpoints(besideLog: url).days().map(\.description), ["2027-01-01", "2026-12-01", "2026-11-01"],
                       "January's report read from the top leaves November's and December's too")
        // November's report reads October too, which nothing comes before.
        for period in months.dropFirst(2) {
            XCTAssertTrue(try resumesFromACheckpoint(url, period), "\(period.chineseText) reads its month and the one before")
        }
        try checkEveryPeriodReadsAsTheWholeLog(url, "every month's first report, from checkpoints nobody asked for")
    }

    func testAWriterKeepsACheckpointAtEachMonthStartAndEveryMonthReadsAsTheWholeLog() throws {
        let url = try story(days: 80)
        let keeper = ReportCheckpointKeeper(logURL: url, zone: zone)
        keeper.keep(through: at(first.adding(days: 79), 17))
        let checkpoints = ReportCheckpoints(besideLog: url)
        XCTAssertEqual(checkpoints.days().map(\.description), ["2026-12-01", "2026-11-01"], "the log reaches into December")
        let november = try Data(contentsOf: checkpoints.url(try XCTUnwrap(CalendarDay("2026-11-01"))))
        try append(days: 80..<123, to: url)
        keeper.keep(through: at(first.adding(days: 122), 17))
        XCTAssertEqual(checkpoints.days().map(\.description), ["2027-01-01", "2026-12-01", "2026-11-01"],
                       "January's start, read on from December's")
        XCTAssertEqual(try Data(contentsOf: checkpoints.url(try XCTUnwrap(CalendarDay("2026-11-01")))), november,
                       "a checkpoint that holds is not written again")
        for period in months.dropFirst(2) {
            XCTAssertTrue(try resumesFromACheckpoint(url, period), "\(period.chineseText)")
        }
        try checkEveryPeriodReadsAsTheWholeLog(url, "from the checkpoints the writer kept")
    }

    func testCheckpointsLeftBeforeMoreRecordsWereAppendedStillReadTrue() throws {
        let url = try story(days: 80)
        try checkEveryPeriodReadsAsTheWholeLog(url, "the log up to mid-December")
        try append(days: 80..<123, to: url)
        XCTAssertTrue(try resumesFromACheckpoint(url, months[2]), "the log only grew: December's checkpoint still holds")
        try checkEveryPeriodReadsAsTheWholeLog(url, "after the rest of December and January were appended")
    }

    func testAForgedCheckpointIsPassedOverForAFullRead() throws {
        let url = try story(days: 123)
        try checkEveryPeriodReadsAsTheWholeLog(url, "leaving the checkpoints")
        let checkpoints = ReportCheckpoints(besideLog: url)
        let december = try XCTUnwrap(CalendarDay("2026-12-01"))
        let november = try XCTUnwrap(checkpoints.load(try XCTUnwrap(CalendarDay("2026-11-01"))))
        let honest = try XCTUnwrap(checkpoints.load(december))
        // December's checkpoint pointing at November's head: a real record, not the one its carry was read up to.
        checkpoints.save(ReportCheckpoint(head: november.head, carry: honest.carry), for: december)
        XCTAssertEqual(try report(url, months[2]), try report(url, months[2], whole: true), "a head moved to another record")
        for forged in [LogHead(seq: honest.head.seq, hash: honest.head.hash, offset: honest.head.offset + 7, endOffset: honest.head.endOffset + 7),
                       LogHead(seq: honest.head.seq + 1, hash: honest.head.hash, offset: honest.head.offset, endOffset: honest.head.endOffset),
                       LogHead(seq: honest.head.seq, hash: String(repeating: "a", count: 64), offset: honest.head.offset,
                               endOffset: honest.head.endOffset)] {
            checkpoints.save(ReportCheckpoint(head: forged, carry: honest.carry), for: december)
            for name in ["2026-11-01", "2027-01-01"] {
                try? FileManager.default.removeItem(at: checkpoints.url(try XCTUnwrap(CalendarDay(name))))
            }
            XCTAssertFalse(try resumesFromACheckpoint(url, month(2027, 1)), "\(forged) is not a record of this log")
            XCTAssertEqual(try report(url, month(2027, 1)), try report(url, month(2027, 1), whole: true), "\(forged)")
        }
        XCTAssertEqual(checkpoints.load(december)?.head, honest.head, "the full read wrote December's checkpoint anew")
        try Data("not a checkpoint".utf8).write(to: checkpoints.url(december))
        XCTAssertEqual(try report(url, months[2]), try report(url, months[2], whole: true), "a file that does not read")
    }

    func testAFolderThatCannotBeWrittenGivesTheSameReports() throws {
        let url = try story(days: 123)
        let folder = url.deletingLastPathComponent()
        guard Glibc.system("chattr +i '\(folder.path)' 2>/dev/null") == 0 else {
            throw XCTSkip("cannot make the folder immutable here (needs chattr and root)")
        }
        defer { _ = Glibc.system("chattr -i '\(folder.path)'") }
        XCTAssertFalse(FileManager.default.createFile(atPath: folder.appendingPathComponent("probe").path, contents: Data()),
                       "the folder really cannot be written")
        try checkEveryPeriodReadsAsTheWholeLog(url, "no checkpoint can be left")
        XCTAssertEqual(ReportCheckpoints(besideLog: url).days(), [])
    }
}
