import Foundation
import HallDomain
import HallStore
import XCTest

/// The readers' path for reports: one pass, only the period's records, never a repair
/// (that one on a real file).
final class ReportReaderTests: XCTestCase {
    private let zone = TimeZone(identifier: "Asia/Shanghai")!

    private func doorAnswer(_ day: String, at time: Date) -> NewRecord {
        let encoded = EventCodec.encode(.doorEnquiryAnswered(DoorEnquiryAnswered(businessDay: day, utcOffsetSeconds: 28_800,
                                                                                 businessType: "JF", customerKind: nil)))
        return NewRecord(actor: "G01", terminal: "tty1", type: encoded.type, version: encoded.version, body: encoded.body, timestamp: time)
    }

    /// November's answers and one from December, appended to `store`.
    private func answers(to store: any EventStore, november: ReportPeriod) throws {
        let inside = november.start.addingTimeInterval(3 * 86_400 + 3600 * 2)
        _ = try store.append([doorAnswer("2026-11-04", at: inside), doorAnswer("2026-11-04", at: inside.addingTimeInterval(60))], expecting: 0)
        _ = try store.append([doorAnswer("2026-12-01", at: november.end.addingTimeInterval(3600))], expecting: try store.head().seq)
    }

    func testOnlyThePeriodsRecordsCount() throws {
        let store = InMemoryEventStore(timeZone: zone)
        let november = try XCTUnwrap(ReportPeriod.month(year: 2026, month: 11, zone: zone))
        try answers(to: store, november: november)
        var folds = [PeriodReportFold(period: november, waitTargetMinutes: 15)]
        try ReportReader.fold(store, into: &folds)
        XCTAssertEqual(folds[0].report().hall.total.doorAnswered, 2, "December's answer is not November's")
    }

    func testABadLineInTheFileStopsWithAMessageAndIsLeftAlone() throws {
        let url = try makeLog(in: try makeTemporaryFolder(self))
        let november = try XCTUnwrap(ReportPeriod.month(year: 2026, month: 11, zone: zone))
        try answers(to: FileEventStore(url: url, timeZone: zone, repairActor: "system", repairTerminal: "test"), november: november)
        var folds = [PeriodReportFold(period: november, waitTargetMinutes: 15)]
        try ReportReader.fold(url, into: &folds)
        XCTAssertEqual(folds[0].report().hall.total.doorAnswered, 2, "the file reads as memory does")

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
