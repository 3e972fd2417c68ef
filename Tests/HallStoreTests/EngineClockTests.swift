import Foundation
import HallDomain
@testable import HallStore
import XCTest

/// A clock that steps backwards (NTP) under a running hall: a small step is carried
/// forward to the last record's time, so the log's times never go back and no wait comes
/// out negative; a large one is refused with the reason, writing nothing.
final class EngineClockTests: XCTestCase {
    private func engines() throws -> (guide: HallEngine, clerk: HallEngine, payment: BusinessType, log: URL) {
        let folder = try DataFolder.create(at: try makeTemporaryFolder(self).appendingPathComponent("data"), seeds: Checkout.seeds)
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

    /// A live hall's engine (tolerance set, as `halldesk` sets it from `hall.toml`) refuses a
    /// record stamped an hour ahead of the machine's clock, writing nothing; a minute is fine.
    func testARecordFarAheadOfTheMachineClockIsRefused() throws {
        let (guide, _, payment, _) = try engines()
        guide.aheadTolerance = 5 * 60
        XCTAssertThrowsError(try issue(guide, payment, at: Date().addingTimeInterval(3600))) { error in
            guard case .refused(let refusal)? = error as? EngineFailure else { return XCTFail("\(error)") }
            XCTAssertEqual(refusal.code, .clockAheadOfMachine)
            XCTAssertTrue(refusal.message.contains("比本机时钟快约 60 分钟，超过允许的 5 分钟"), refusal.message)
        }
        XCTAssertEqual(guide.replica.head.seq, 0)
        XCTAssertEqual(try issue(guide, payment, at: Date().addingTimeInterval(60)).count, 1)
    }

    /// A record already ahead of the machine's clock (written while the clock was wrong):
    /// the next writer is told which record it is, when, and who wrote it where.
    func testALogAheadOfTheClockNamesTheRecordAndItsWriter() throws {
        let (guide, clerk, payment, _) = try engines()
        _ = try issue(guide, payment, at: Date().addingTimeInterval(2 * 3600))
        let counter = try XCTUnwrap(clerk.catalog.counters.first { $0.queues.contains(payment.queue) }).number
        XCTAssertThrowsError(try clerk.perform(.openCounter(counter: counter), now: Date())) { error in
            guard case .refused(let refusal)? = error as? EngineFailure else { return XCTFail("\(error)") }
            XCTAssertEqual(refusal.code, .clockBehindLog)
            // The slip's batch: its opener, the slip, and the roster this first append found.
            XCTAssertTrue(refusal.message.contains("（第 3 条，"), refusal.message)
            XCTAssertTrue(refusal.message.contains("由 \(guide.actor.id) 在终端 guide-1 写入）"), refusal.message)
            XCTAssertTrue(refusal.message.contains("慢约 2 小时"), refusal.message)
        }
        XCTAssertEqual(clerk.replica.head.seq, 3)
    }

    /// An admin acting as a member: the admin's `actedOnBehalf` and the member's records go
    /// in one batch, the admin's first; what is returned is the member's (and the roster the
    /// first append of a new hall records).
    func testAnAdminsAppendNamesBothInOneBatch() throws {
        let folder = try DataFolder.create(at: try makeTemporaryFolder(self).appendingPathComponent("data"), seeds: Checkout.seeds)
        let catalog = try SeedCatalog.load(folder: folder.seedsURL)
        let admin = try XCTUnwrap(catalog.roster.members.first { $0.roles.contains(.admin) })
        let clerk = try XCTUnwrap(catalog.roster.members.first { $0.roles.contains(.clerk) })
        let engine = try HallEngine(folder: folder, catalog: catalog, actor: clerk, terminal: "counter-1", admin: admin)
        let nine = try XCTUnwrap(LogTimestamp.parse("2026-11-23T09:00:00.000+08:00"))
        let written = try engine.perform(.openCounter(counter: 1), now: nine)
        XCTAssertEqual(written.map(\.seq), [3])
        var records: [(String, String)] = []
        try EventLog(url: folder.logURL, timeZone: catalog.hall.zone, repairActor: "t", repairTerminal: "t")
            .replay(after: 0) { records.append(($0.actor, $0.type)) }
        XCTAssertEqual(records.map(\.0), [admin.id, admin.id, clerk.id, clerk.id])
        XCTAssertEqual(records.map(\.1), ["batchOpened", "actedOnBehalf", "counterOpened", "rosterChanged"])
    }
}
