import Foundation
import HallDomain
@testable import HallStore
import XCTest

/// A clock that steps backwards (NTP) under a running hall: a small step is carried
/// forward to the last record's time, so the log's times never go back and no wait comes
/// out negative; a large one is refused with the reason, writing nothing.
final class EngineClockTests: XCTestCase {
    private var repoSeeds: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds")
    }

    private func engines() throws -> (guide: HallEngine, clerk: HallEngine, payment: BusinessType, log: URL) {
        let folder = try DataFolder.create(at: try makeTemporaryFolder(self).appendingPathComponent("data"), seeds: repoSeeds)
        let catalog = try SeedCatalog.load(folder: folder.seedsURL)
        let guide = try XCTUnwrap(catalog.roster.members.first { $0.roles.contains(.guide) })
        let clerk = try XCTUnwrap(catalog.roster.members.first { $0.roles.contains(.clerk) })
        let payment = try XCTUnwrap(catalog.businessType(code: "JF"))
        return (try HallEngine(folder: folder, catalog: catalog, actor: guide, terminal: "guide-1"),
                try HallEngine(folder: folder, catalog: catalog, actor: clerk, terminal: "counter-1"), payment, folder.logURL)
    }

    private func issue(_ engine: HallEngine, _ type: BusinessType, at now: Date) throws -> [RecordedEvent] {
        try engine.perform(.issueSlip(businessType: type.code, customerKind: .residential, presented: type.checklist(for: .residential),
                                      priority: nil, override: nil, phone: nil), now: now)
    }

    func testASmallStepBackIsCarriedForwardAndWaitsStayAtZeroOrMore() throws {
        let (guide, clerk, payment, log) = try engines()
        let nine = try XCTUnwrap(LogTimestamp.parse("2026-11-23T09:00:00.000+08:00"))
        let counter = try XCTUnwrap(clerk.catalog.counters.first { $0.queues.contains(payment.queue) }).number
        try clerk.perform(.openCounter(counter: counter), now: nine)
        let issued = try issue(guide, payment, at: nine.addingTimeInterval(120))
        let called = try clerk.perform(.callNext(counter: counter), now: nine.addingTimeInterval(60))
        XCTAssertEqual(called.first?.time, issued.first?.time, "stamped with the last record's time, not a minute before it")
        XCTAssertEqual(clerk.replica.state.today.slips.first?.waitMinutes, 0)

        var times: [String] = []
        try EventLog(url: log, timeZone: clerk.catalog.hall.zone, repairActor: "t", repairTerminal: "t")
            .replay(after: 0) { times.append($0.timestamp) }
        XCTAssertEqual(times, times.sorted(), "the log's times never go back")
    }

    func testAStepBackBeyondTheToleranceIsRefusedAndNothingIsWritten() throws {
        let (guide, _, payment, _) = try engines()
        let ten = try XCTUnwrap(LogTimestamp.parse("2026-11-23T10:00:00.000+08:00"))
        _ = try issue(guide, payment, at: ten)
        let head = guide.replica.head
        XCTAssertThrowsError(try issue(guide, payment, at: ten.addingTimeInterval(-20 * 60))) { error in
            guard case .refused(let refusal)? = error as? EngineFailure else { return XCTFail("\(error)") }
            XCTAssertEqual(refusal.code, .clockBehindLog)
            XCTAssertTrue(refusal.message.contains("慢约 20 分钟"), refusal.message)
            XCTAssertTrue(refusal.message.contains("校准本机时钟"), refusal.message)
        }
        XCTAssertEqual(guide.replica.head, head)
        XCTAssertEqual(try issue(guide, payment, at: ten.addingTimeInterval(-4 * 60)).first?.time, ten, "four minutes behind is carried forward")
    }
}
