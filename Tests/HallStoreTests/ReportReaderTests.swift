import Foundation
import HallDomain
import HallStore
import XCTest

/// The readers' path for reports: one pass, only the period's records, never a repair.
final class ReportReaderTests: XCTestCase {
    private let zone = TimeZone(identifier: "Asia/Shanghai")!

    private func doorAnswer(_ day: String, at time: Date) -> NewRecord {
        let encoded = EventCodec.encode(.doorEnquiryAnswered(DoorEnquiryAnswered(businessDay: day, utcOffsetSeconds: 28_800,
                                                                                 businessType: "JF", customerKind: nil)))
        return NewRecord(actor: "G01", terminal: "tty1", type: encoded.type, version: encoded.version, body: encoded.body, timestamp: time)
    }

    func testOnlyThePeriodsRecordsCountAndABadLineStopsWithAMessage() throws {
        let url = try makeLog(in: try makeTemporaryFolder(self))
        let log = try openLog(url)
        let november = try XCTUnwrap(ReportPeriod.month(year: 2026, month: 11, zone: zone))
        let inside = november.start.addingTimeInterval(3 * 86_400 + 3600 * 2)
        _ = try log.append([doorAnswer("2026-11-04", at: inside), doorAnswer("2026-11-04", at: inside.addingTimeInterval(60))], expecting: 0)
        _ = try log.append([doorAnswer("2026-12-01", at: november.end.addingTimeInterval(3600))], expecting: log.head.seq)
        var folds = [PeriodReportFold(period: november, waitTargetMinutes: 15)]
        try ReportReader.fold(url, into: &folds)
        XCTAssertEqual(folds[0].report().hall.total.doorAnswered, 2, "December's answer is not November's")

        let bytes = try Data(contentsOf: url)
        var damaged = bytes
        damaged[damaged.index(damaged.startIndex, offsetBy: 40)] ^= 0x01
        try damaged.write(to: url)
        var again = [PeriodReportFold(period: november, waitTargetMinutes: 15)]
        XCTAssertThrowsError(try ReportReader.fold(url, into: &again)) { error in
            XCTAssertTrue((error as? ReportReader.Failure)?.message.contains("halldesk log verify") == true, "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: url), damaged, "a report never repairs or cuts the log")
    }
}
